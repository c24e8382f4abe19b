import { Grape } from 'lucide-react';

export function EmptyState({ title, body, children }: { title: string; body: string; children?: React.ReactNode }) {
  return (
    <section className="mx-auto flex max-w-md flex-col items-center gap-3 rounded-2xl bg-white p-8 text-center shadow-sm">
      <Grape aria-hidden className="size-10 text-grape-600" />
      <h2 className="text-lg font-bold">{title}</h2>
      <p className="text-sm text-neutral-600">{body}</p>
      {children}
    </section>
  );
}
