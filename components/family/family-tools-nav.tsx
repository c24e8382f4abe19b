'use client';

import { useTranslations } from 'use-intl';
import { ToolsNav } from '@/components/ui/tools-nav';

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
  return <ToolsNav label={t('label')} current={current} tools={TOOLS.map((key) => ({ key, href: `/circles/${circleId}/${key}`, label: t(key), icon: ICONS[key] }))} />;
}
