'use client';

import { useTranslations } from 'use-intl';
import type { ReactionCode, ReactionCountDto } from '@/lib/chat/schemas';
import { ReactionIcon } from './reaction-icon';

interface Props {
  reactions: ReactionCountDto[];
  mine: ReactionCode | null;
  mineSide: boolean;
  /** Tap a count: give that reaction, or take mine back; absent for readers who cannot react. */
  onToggle?: (code: ReactionCode) => void;
}

/** The counts under a bubble. Each is a 44 px tall target around a small pill. */
export function ReactionBar({ reactions, mine, mineSide, onToggle }: Props) {
  const t = useTranslations('chat.reactions');
  if (reactions.length === 0) return null;
  return (
    <ul className={`-my-1.5 flex flex-wrap gap-x-1 ${mineSide ? 'justify-end' : ''}`} aria-label={t('list')} data-testid="reactions">
      {reactions.map((r) => {
        const label = t(r.code === mine ? 'chipMine' : 'chip', { name: t(r.code), count: r.count });
        const pill = (
          <span className={`flex h-7 items-center gap-1 rounded-full border px-2 text-xs font-semibold ${r.code === mine ? 'border-grape-500 bg-grape-100 text-grape-800' : 'border-neutral-200 bg-white text-neutral-700'}`}>
            <ReactionIcon code={r.code} size={16} />
            <span aria-hidden>{r.count}</span>
          </span>
        );
        return (
          <li key={r.code} data-testid={`reaction-${r.code}`} data-count={r.count} data-mine={r.code === mine || undefined}>
            {onToggle ? (
              <button type="button" className="flex min-h-11 items-center" aria-label={label} aria-pressed={r.code === mine} onClick={() => onToggle(r.code)}>
                {pill}
              </button>
            ) : (
              <span className="flex min-h-11 items-center" role="img" aria-label={label}>{pill}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
