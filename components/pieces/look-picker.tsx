'use client';
// Choosing a ticket's look: 4 layouts × 6 themes with a live preview drawn by the same
// component the server renders to PNG. The piece page saves the choice (its PATCH).
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { LAYOUTS, THEMES, type Layout, type Theme } from '@/lib/pieces/render/looks';
import type { Look } from '@/lib/pieces/render/ticket';
import type { TicketData } from '@/lib/pieces/render/data';
import { PALETTES } from '@/lib/pieces/render/themes';
import { TicketPreview } from './ticket-preview';
import { TicketArt } from './ticket-art';

export interface LookPickerProps {
  pieceId: string;
  /** The piece's ticket data (ticketPanelProps() on the server). */
  data: TicketData;
  layout: Layout;
  theme: Theme;
  /** Save the look (PATCH /api/pieces/[pieceId] { layout, theme }); a rejection puts the previous look back. */
  onChange: (look: Look) => Promise<unknown> | void;
  /** The server can paint AI backgrounds: show the art buttons. */
  aiArt?: boolean;
}

type Status = 'idle' | 'saving' | 'saved' | 'failed';
const radio = 'peer sr-only';
const option = 'flex cursor-pointer flex-col items-center gap-1 rounded-xl border-2 border-transparent p-1 text-xs font-medium text-neutral-700 peer-checked:border-grape-600 peer-checked:text-grape-800 peer-focus-visible:outline peer-focus-visible:outline-3 peer-focus-visible:outline-grape-500';

export function LookPicker({ pieceId, data, layout, theme, onChange, aiArt = false }: LookPickerProps) {
  const t = useTranslations();
  const [look, setLook] = useState<Look>({ layout, theme });
  const [art, setArt] = useState(data.art);
  const [status, setStatus] = useState<Status>('idle');
  const shown = { ...data, art };

  async function choose(next: Look) {
    const before = look;
    setLook(next);
    setStatus('saving');
    try {
      await onChange(next);
      setStatus('saved');
    } catch {
      setLook(before);
      setStatus('failed');
    }
  }

  return (
    <section className="flex flex-col gap-4 rounded-2xl bg-white p-4 shadow-sm" aria-labelledby={`look-${pieceId}`}>
      <h2 id={`look-${pieceId}`} className="text-lg font-bold">{t('ticket.picker.title')}</h2>
      <div className="flex justify-center">
        <TicketPreview data={shown} look={look} width={240} label={t('ticket.picker.preview')} />
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-sm font-semibold text-neutral-600">{t('ticket.picker.layout')}</legend>
        <div className="grid grid-cols-4 gap-2">
          {LAYOUTS.map((l) => (
            <div key={l}>
              <input id={`layout-${pieceId}-${l}`} type="radio" name={`layout-${pieceId}`} className={radio} checked={look.layout === l} onChange={() => choose({ ...look, layout: l })} />
              <label htmlFor={`layout-${pieceId}-${l}`} className={option}>
                <TicketPreview data={shown} look={{ ...look, layout: l }} width={60} />
                {t(`ticket.layouts.${l}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-sm font-semibold text-neutral-600">{t('ticket.picker.theme')}</legend>
        <div className="grid grid-cols-6 gap-1">
          {THEMES.map((th: Theme) => (
            <div key={th}>
              <input id={`theme-${pieceId}-${th}`} type="radio" name={`theme-${pieceId}`} className={radio} checked={look.theme === th} onChange={() => choose({ ...look, theme: th })} />
              <label htmlFor={`theme-${pieceId}-${th}`} className={option}>
                <span aria-hidden className="flex size-10 items-end justify-end rounded-full p-1" style={{ background: `linear-gradient(135deg, ${PALETTES[th].bg[0]}, ${PALETTES[th].bg[1]})` }}>
                  <span className="size-3 rounded-full border border-white" style={{ background: PALETTES[th].accent }} />
                </span>
                {t(`ticket.themes.${th}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <p role="status" aria-live="polite" className={`min-h-5 text-sm ${status === 'failed' ? 'text-red-700' : 'text-neutral-600'}`}>
        {status === 'saving' ? t('ticket.picker.saving') : status === 'saved' ? t('ticket.picker.saved') : status === 'failed' ? t('ticket.picker.saveFailed') : ''}
      </p>
      {aiArt ? <TicketArt pieceId={pieceId} hasArt={art !== null} onArt={setArt} /> : null}
    </section>
  );
}
