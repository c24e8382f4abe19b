'use client';

import Link from 'next/link';
import { useTranslations } from 'use-intl';

export type FamilyTool = 'board' | 'missions' | 'wishlist' | 'calendar';
const TOOLS: FamilyTool[] = ['board', 'missions', 'wishlist', 'calendar'];

// Small line drawings, one per tool (no emoji: they render differently on every phone).
const ICONS: Record<FamilyTool, React.ReactNode> = {
  board: (
    <>
      <circle cx="8" cy="8" r="3" /><circle cx="16" cy="8" r="3" /><circle cx="12" cy="13" r="3" /><circle cx="8" cy="17" r="2.5" /><circle cx="16" cy="17" r="2.5" />
      <path d="M12 5V2" />
    </>
  ),
  missions: <><rect x="4" y="3" width="16" height="18" rx="2" /><path d="M8 12l3 3 5-6" /></>,
  wishlist: <><rect x="3" y="9" width="18" height="12" rx="2" /><path d="M3 13h18M12 9v12M12 9c-2-4-6-4-6-1.5S9 9 12 9c3 0 6-1 6-1.5S14 5 12 9z" /></>,
  calendar: <><rect x="3" y="5" width="18" height="16" rx="2" /><path d="M3 10h18M8 3v4M16 3v4" /></>,
};

/** A family circle's tools: 포도판 · 미션 · 위시리스트 · 달력. */
export function FamilyToolsNav({ circleId, current }: { circleId: string; current?: FamilyTool }) {
  const t = useTranslations('family.tools');
  return (
    <nav aria-label={t('label')}>
      <ul className="grid grid-cols-4 gap-2">
        {TOOLS.map((tool) => (
          <li key={tool}>
            <Link
              href={`/circles/${circleId}/${tool}`}
              aria-current={current === tool ? 'page' : undefined}
              className={`flex min-h-16 flex-col items-center justify-center gap-1 rounded-xl px-1 text-sm font-semibold ${
                current === tool ? 'bg-grape-600 text-white' : 'bg-white text-grape-700 shadow-sm hover:bg-grape-50'
              }`}
            >
              <svg aria-hidden viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
                {ICONS[tool]}
              </svg>
              {t(tool)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
