import { redirect } from 'next/navigation';
import { requirePageUser } from '@/lib/accounts/session';
import { getT } from '@/lib/i18n/server';
import { myArea } from '@/lib/posts/service';
import { categorySchema } from '@/lib/posts/schemas';
import { PostForm } from '@/components/posts/post-form';

// /neighbourhood/new?category=&menu= — write a group order (a menu suggestion may prefill it)
export default async function NewPostPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser();
  const { area } = await myArea(user.id);
  if (!area) redirect('/neighbourhood');
  const sp = await searchParams;
  const category = categorySchema.safeParse(sp.category).data;
  const menu = typeof sp.menu === 'string' ? sp.menu.slice(0, 200) : undefined;
  const t = await getT();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t('posts.ui.form.newTitle')}</h1>
      <PostForm areaName={`${area.sigungu} ${area.dong}`} prefill={{ category, menu }} />
    </div>
  );
}
