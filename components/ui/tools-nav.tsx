'use client';

import Link from 'next/link';

export interface Tool {
  key: string;
  href: string;
  label: string;
  /** Paths of a 24×24 line drawing (no emoji: they render differently on every phone). */
  icon: React.ReactNode;
}

// Whole class names, so Tailwind sees them.
const COLUMNS = { 4: 'grid-cols-4 gap-2', 5: 'grid-cols-5 gap-1.5' } as const;

/** A row of tools (family: 포도판 · 미션 …; couple: 질문 답변 · 단어 순위 …; 조각: 캘린더 · 목록 …). */
export function ToolsNav({ label, tools, current, columns = 4 }: { label: string; tools: Tool[]; current?: string; columns?: keyof typeof COLUMNS }) {
  return (
    <nav aria-label={label}>
      <ul className={`grid ${COLUMNS[columns]}`}>
        {tools.map((tool) => (
          <li key={tool.key}>
            <Link
              href={tool.href}
              aria-current={current === tool.key ? 'page' : undefined}
              className={`flex min-h-16 flex-col items-center justify-center gap-1 rounded-xl px-1 text-center text-sm font-semibold ${
                current === tool.key ? 'bg-grape-600 text-white' : 'bg-white text-grape-700 shadow-sm hover:bg-grape-50'
              }`}
            >
              <svg aria-hidden viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
                {tool.icon}
              </svg>
              {tool.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
