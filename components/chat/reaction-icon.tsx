// The six reactions drawn as inline SVG: colour emoji look different on every phone and
// show as empty boxes where no emoji font is installed.
import type { ReactionCode } from '@/lib/chat/schemas';

const FACE = '#fbbf24';
const INK = '#78350f';

function Face({ children }: { children: React.ReactNode }) {
  return (
    <>
      <circle cx="12" cy="12" r="10" fill={FACE} />
      {children}
    </>
  );
}

const DRAWINGS: Record<ReactionCode, React.ReactNode> = {
  heart: <path d="M12 20.5s-7.6-4.5-9.4-9C1.3 8.2 3.3 4.8 6.7 4.8c2.1 0 3.6 1.2 5.3 3.1 1.7-1.9 3.2-3.1 5.3-3.1 3.4 0 5.4 3.4 4.1 6.7-1.8 4.5-9.4 9-9.4 9z" fill="#ef4444" />,
  like: (
    <path
      d="M7 10.5v10M15 5.9 14 10h5.8a2 2 0 0 1 1.9 2.6l-2.3 8a2 2 0 0 1-1.9 1.4H4a2 2 0 0 1-2-2v-7.5a2 2 0 0 1 2-2h2.8a2 2 0 0 0 1.8-1.1L12 2a3.1 3.1 0 0 1 3 3.9z"
      fill={FACE} stroke={INK} strokeWidth="1.5" strokeLinejoin="round"
    />
  ),
  check: (
    <>
      <circle cx="12" cy="12" r="10" fill="#22c55e" />
      <path d="m7.2 12.4 3.2 3.2 6.4-6.8" fill="none" stroke="#fff" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
    </>
  ),
  laugh: (
    <Face>
      <path d="M6.8 9.6q1.7-1.8 3.4 0M13.8 9.6q1.7-1.8 3.4 0" fill="none" stroke={INK} strokeWidth="1.5" strokeLinecap="round" />
      <path d="M6.8 13h10.4a5.2 5.2 0 0 1-10.4 0z" fill={INK} />
      <path d="M9.4 16.4a3.6 3.6 0 0 0 5.2 0 2.6 2.6 0 0 0-5.2 0z" fill="#f87171" />
    </Face>
  ),
  wow: (
    <Face>
      <circle cx="8.8" cy="9.5" r="1.4" fill={INK} />
      <circle cx="15.2" cy="9.5" r="1.4" fill={INK} />
      <ellipse cx="12" cy="15.6" rx="2.2" ry="2.8" fill={INK} />
    </Face>
  ),
  sad: (
    <Face>
      <circle cx="8.8" cy="10" r="1.3" fill={INK} />
      <circle cx="15.2" cy="10" r="1.3" fill={INK} />
      <path d="M8.6 16.8q3.4-3 6.8 0" fill="none" stroke={INK} strokeWidth="1.5" strokeLinecap="round" />
      <path d="M16.6 12.2s-1.6 2.1-1.6 3.1a1.6 1.6 0 0 0 3.2 0c0-1-1.6-3.1-1.6-3.1z" fill="#60a5fa" />
    </Face>
  ),
};

/** One reaction's picture; its name is given by the control around it. */
export function ReactionIcon({ code, size = 20 }: { code: ReactionCode; size?: number }) {
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden focusable="false" className="shrink-0">
      {DRAWINGS[code]}
    </svg>
  );
}
