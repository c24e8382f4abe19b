/** A white card with a heading and a line saying what it is for; labelled by its heading. */
export function Panel({ id, title, body, level = 3, as: Tag = 'article', children }: {
  id: string;
  title: string;
  body?: string;
  level?: 2 | 3;
  as?: 'article' | 'section';
  children: React.ReactNode;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <Tag aria-labelledby={id} className="flex flex-col gap-4 rounded-2xl bg-white p-5 shadow-sm">
      <div>
        <Heading id={id} className="text-lg font-bold">{title}</Heading>
        {body && <p className="mt-1 text-sm text-neutral-600">{body}</p>}
      </div>
      {children}
    </Tag>
  );
}
