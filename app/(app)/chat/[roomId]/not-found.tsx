import Link from 'next/link';
import { getT } from '@/lib/i18n/server';

// A room that is not the viewer's (or does not exist): the same words the room view
// showed when its first fetch answered 404, now with the status, inside the chat layout.
export default async function RoomNotFound() {
  const t = await getT();
  return (
    <section className="flex flex-col items-center gap-3 p-6">
      <p role="alert" className="text-center text-neutral-700">{t('chat.notFound')}</p>
      <Link href="/chat" className="text-sm font-semibold text-grape-700 underline">{t('chat.back')}</Link>
    </section>
  );
}
