'use client';

import { useTranslations } from 'use-intl';
import { ToolsNav } from '@/components/ui/tools-nav';

export type CoupleTool = 'answers' | 'words' | 'calendar' | 'disconnect';
const TOOLS: CoupleTool[] = ['answers', 'words', 'calendar', 'disconnect'];

// Small line drawings, one per tool (no emoji: they render differently on every phone).
const ICONS: Record<CoupleTool, React.ReactNode> = {
  answers: <><path d="M4 5h16v11H9l-5 4z" /><path d="M9 9.5a3 3 0 1 1 3 3v1" /><path d="M12 15.5v.01" /></>,
  words: <><path d="M5 20V10M12 20V4M19 20v-7" /></>,
  calendar: <><rect x="3" y="5" width="18" height="16" rx="2" /><path d="M3 10h18M8 3v4M16 3v4" /><path d="M12 13.5c-1-1.2-3-.6-3 .9 0 1.6 3 3.1 3 3.1s3-1.5 3-3.1c0-1.5-2-2.1-3-.9z" /></>,
  disconnect: <><path d="M9 15l-2 2a3 3 0 0 1-4-4l3-3a3 3 0 0 1 4 0" /><path d="M15 9l2-2a3 3 0 0 1 4 4l-3 3a3 3 0 0 1-4 0" /><path d="M4 4l16 16" /></>,
};

const href = (circleId: string, tool: CoupleTool) => (tool === 'disconnect' ? `/circles/${circleId}#disconnect` : `/circles/${circleId}/${tool}`);

/** A couple's tools: 질문 답변 · 단어 순위 · 달력 · 연결 끊기. */
export function CoupleToolsNav({ circleId, current }: { circleId: string; current?: CoupleTool }) {
  const t = useTranslations('coupleTools.tools');
  return <ToolsNav label={t('label')} current={current} tools={TOOLS.map((key) => ({ key, href: href(circleId, key), label: t(key), icon: ICONS[key] }))} />;
}
