/** One list on the missions page: a labelled region with a count, or a line saying it is empty. */
export function Section({ id, title, count, empty, children }: { id: string; title: string; count: number; empty: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-3">
      <h2 id={`${id}-heading`} className="flex items-center gap-2 text-lg font-bold">
        {title}
        {count > 0 && <span className="rounded-full bg-grape-100 px-2.5 py-0.5 text-sm text-grape-800">{count}</span>}
      </h2>
      {count === 0 ? <p className="rounded-2xl bg-white px-5 py-4 text-sm text-neutral-600 shadow-sm">{empty}</p> : <ul className="flex flex-col gap-3">{children}</ul>}
    </section>
  );
}
