'use client';

/** A row of pill-shaped radio buttons (kind filter, sort order). */
export function Chips({ label, name, value, options, onChange }: { label: string; name: string; value: string; options: { value: string; label: string }[]; onChange: (v: string) => void }) {
  return (
    <fieldset className="-mx-1 flex gap-1 overflow-x-auto px-1 pb-1" aria-label={label}>
      {options.map((o) => (
        <label
          key={o.value}
          className={`flex min-h-11 shrink-0 cursor-pointer items-center rounded-full px-4 text-sm font-semibold focus-within:outline focus-within:outline-3 focus-within:outline-grape-500 ${value === o.value ? 'bg-grape-600 text-white' : 'bg-white text-grape-700 shadow-sm hover:bg-grape-50'}`}
        >
          <input type="radio" name={name} className="sr-only" checked={value === o.value} onChange={() => onChange(o.value)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
