'use client';

import { useTranslations } from 'use-intl';
import type { UserBrief } from '@/lib/users/brief';

/** Which child's board or list to show, when a family has more than one. */
export function ChildTabs({ kids, selectedId, meId, onPick, label }: { kids: UserBrief[]; selectedId: string; meId: string; onPick: (id: string) => void; label: string }) {
  const t = useTranslations('board');
  if (kids.length < 2) return null;
  return (
    <div role="group" aria-label={label} className="flex gap-2 overflow-x-auto pb-1">
      {kids.map((k) => (
        <button
          key={k.id}
          type="button"
          aria-pressed={k.id === selectedId}
          onClick={() => onPick(k.id)}
          className={`min-h-12 shrink-0 rounded-full px-5 font-semibold ${k.id === selectedId ? 'bg-grape-600 text-white' : 'bg-white text-grape-700 shadow-sm'}`}
        >
          {k.id === meId ? t('me') : k.displayName}
        </button>
      ))}
    </div>
  );
}
