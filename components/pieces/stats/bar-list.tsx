// Simple CSS bar charts whose numbers are written out, so they read the same to a screen
// reader as to the eye (the bars themselves are decoration).

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** The value as shown ("3개", "₩120,000"). */
  display: string;
}

export function ChartCard({ title, note, children, testId }: { title: string; note?: string; children: React.ReactNode; testId?: string }) {
  return (
    <section className="mb-4 flex break-inside-avoid flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm" data-testid={testId}>
      <div>
        <h3 className="text-base font-bold">{title}</h3>
        {note && <p className="text-xs text-neutral-600">{note}</p>}
      </div>
      {children}
    </section>
  );
}

const NAMES = 'grid-cols-[minmax(0,7.5rem)_1fr_auto]';
/** Short labels (months) leave the bar more room. */
export const SHORT_LABELS = 'grid-cols-[2.75rem_1fr_auto]';

/** Horizontal bars, one row per item: label, bar, value. `valueWidth` keeps the bars of one list equally long. */
export function BarList({ bars, empty, valueWidth = 'w-12', columns = NAMES }: { bars: Bar[]; empty: string; valueWidth?: string; columns?: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  if (!bars.some((b) => b.value > 0)) return <p className="text-sm text-neutral-600">{empty}</p>;
  return (
    <ul className="flex flex-col gap-2">
      {bars.map((b) => (
        <li key={b.key} className={`grid ${columns} items-center gap-3 text-sm`} data-testid="bar">
          <span className="break-keep">{b.label}</span>
          <span aria-hidden className="h-3 overflow-hidden rounded-full bg-grape-50">
            <span className="block h-full rounded-full bg-grape-500" style={{ width: `${(b.value / max) * 100}%` }} />
          </span>
          <span className={`${valueWidth} text-right font-semibold tabular-nums`}>{b.display}</span>
        </li>
      ))}
    </ul>
  );
}

/** Twelve columns, January first; each has its value written above it and its month below. */
export function MonthColumns({ values, monthLabel, display }: { values: number[]; monthLabel: (m: number) => string; display: (n: number) => string }) {
  const max = Math.max(1, ...values);
  return (
    <ol className="grid h-40 grid-cols-12 items-end gap-1">
      {values.map((v, i) => (
        <li key={i} className="flex h-full flex-col items-center justify-end gap-1" data-testid="month">
          <span className="sr-only">{`${monthLabel(i + 1)}: ${display(v)}`}</span>
          <span aria-hidden className="text-xs font-semibold tabular-nums text-neutral-700">{v || ''}</span>
          <span aria-hidden className={`w-full max-w-7 rounded-md ${v ? 'bg-grape-500' : 'bg-grape-50'}`} style={{ height: `${Math.max(4, (v / max) * 100)}px` }} />
          <span aria-hidden className="text-[11px] text-neutral-600">{i + 1}</span>
        </li>
      ))}
    </ol>
  );
}
