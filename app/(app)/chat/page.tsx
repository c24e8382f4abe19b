import { getT } from '@/lib/i18n/server';

export async function generateMetadata() {
  return { title: (await getT())('chat.title') };
}

// Desktop shows this beside the list; phones show the list only.
export default async function ChatIndex() {
  const t = await getT();
  return <p className="m-auto p-8 text-neutral-500">{t('chat.selectRoom')}</p>;
}
