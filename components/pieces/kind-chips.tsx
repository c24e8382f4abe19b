'use client';

import { useId } from 'react';
import { useTranslations } from 'use-intl';

// The real radio button covers its label, invisible: taps and clicks land on it, focus and
// screen readers see a radio group, and the label draws the state.
export const RADIO_COVER = 'absolute inset-0 m-0 h-full w-full cursor-pointer appearance-none opacity-0';
import { KINDS, type PieceKind } from '@/lib/pieces/schemas';

/**
 * Kinds as chips: real radio buttons (one tab stop, arrow keys move), drawn as pills.
 * With `allLabel`, a first chip for "all kinds" (value null).
 */
export function KindChips({ label, value, onChange, allLabel }: { label: string; value: PieceKind | null; onChange: (kind: PieceKind | null) => void; allLabel?: string }) {
  const t = useTranslations('pieces.kinds');
  const name = useId();
  const options: { value: PieceKind | null; text: string }[] = [...(allLabel ? [{ value: null, text: allLabel }] : []), ...KINDS.map((k) => ({ value: k, text: t(k) }))];
  return (
    <fieldset className="flex flex-col gap-1.5">
      <legend className="mb-1.5 text-sm font-medium text-neutral-800">{label}</legend>
      <div className="flex flex-wrap gap-1.5 sm:gap-2">
        {options.map((o) => (
          <label
            key={o.value ?? 'all'}
            className={`relative inline-flex min-h-11 cursor-pointer items-center rounded-full border px-3 text-sm sm:px-4 font-semibold has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-grape-500 ${
              value === o.value ? 'border-grape-600 bg-grape-600 text-white' : 'border-grape-200 bg-white text-grape-800 hover:bg-grape-50'
            }`}
          >
            <input type="radio" name={name} className={RADIO_COVER} checked={value === o.value} onChange={() => onChange(o.value)} />
            {o.text}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
