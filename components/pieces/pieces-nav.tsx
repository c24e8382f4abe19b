'use client';

import { useTranslations } from 'use-intl';
import { ToolsNav } from '@/components/ui/tools-nav';

export type PiecesTool = 'calendar' | 'list' | 'liked' | 'stats' | 'cakes';
const TOOLS: PiecesTool[] = ['calendar', 'list', 'liked', 'stats', 'cakes'];
const HREF: Record<PiecesTool, string> = { calendar: '/pieces', list: '/pieces/list', liked: '/pieces/liked', stats: '/pieces/stats', cakes: '/cakes' };

// Small line drawings, one per tool (no emoji: they render differently on every phone).
const ICONS: Record<PiecesTool, React.ReactNode> = {
  calendar: <><rect x="3" y="5" width="18" height="16" rx="2" /><path d="M3 10h18M8 3v4M16 3v4" /></>,
  list: <><path d="M9 6h11M9 12h11M9 18h11" /><path d="M4 6h.01M4 12h.01M4 18h.01" /></>,
  liked: <path d="M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z" />,
  stats: <path d="M5 20V10M12 20V4M19 20v-7" />,
  cakes: <><path d="M4 20h16v-7H4z" /><path d="M4 16c2 1.5 4 1.5 6 0s4-1.5 6 0 3 1.5 4 0" /><path d="M12 13V9M12 6.5v.01" /></>,
};

/**
 * The 조각 tab's own navigation: 캘린더 · 목록 · 찜 · 통계 · 케이크. Every page of the tab
 * (and the cake pages) puts it under its heading with its own key as `current`.
 */
export function PiecesNav({ current }: { current?: PiecesTool }) {
  const t = useTranslations('pieces.nav');
  return <ToolsNav label={t('label')} current={current} columns={5} tools={TOOLS.map((key) => ({ key, href: HREF[key], label: t(key), icon: ICONS[key] }))} />;
}
