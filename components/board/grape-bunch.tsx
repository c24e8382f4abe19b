'use client';

import { useState } from 'react';
import styles from './grape.module.css';

/** Rows of a bunch: widest on top, one fewer each row, the last row whatever is left. */
export function bunchRows(goal: number): number[] {
  let width = 1;
  while ((width * (width + 1)) / 2 < goal) width++;
  const rows: number[] = [];
  let left = goal;
  for (let w = width; left > 0; w--) {
    const n = Math.min(w, left);
    rows.push(n);
    left -= n;
  }
  return rows;
}

const sizeFor = (goal: number) => (goal <= 15 ? 44 : goal <= 36 ? 34 : 28);

/**
 * The board as a bunch of `goal` grapes: attached (filled), given but waiting to be
 * attached (dashed), and empty. Grapes that change while the screen is open animate.
 */
export function GrapeBunch({ boardId, goal, given, attached, label }: { boardId: string; goal: number; given: number; attached: number; label: string }) {
  // What was already there when this board appeared does not animate; later changes do.
  const [base, setBase] = useState({ boardId, given, attached });
  if (base.boardId !== boardId) setBase({ boardId, given, attached });
  const size = sizeFor(goal);
  let index = 0;
  return (
    <div role="img" aria-label={label} className="flex flex-col items-center gap-1 py-2">
      <svg aria-hidden width="44" height="22" viewBox="0 0 44 22" className="-mb-1">
        <path d="M22 22V6" stroke="#5b8a4f" strokeWidth="3" strokeLinecap="round" />
        <path d="M22 9c6-8 15-9 20-4-6 7-14 7-20 4z" fill="#8fd18b" />
      </svg>
      {bunchRows(goal).map((count, row) => (
        <div key={row} className="flex justify-center gap-1">
          {Array.from({ length: count }, () => {
            const i = index++;
            const state = i < attached ? 'attached' : i < given ? 'waiting' : 'empty';
            const fresh = state === 'attached' ? i >= base.attached : state === 'waiting' && i >= base.given;
            const motion = fresh ? (state === 'attached' ? styles.justAttached : styles.justGiven) : '';
            return (
              <span
                key={`${i}-${state}`}
                data-grape={state}
                style={{ width: size, height: size }}
                className={`${styles.grape} ${styles[state]} ${motion}`}
              />
            );
          })}
        </div>
      ))}
    </div>
  );
}

/** Loose grapes beside the board, given and waiting for the child to attach them. */
export function LooseGrapes({ count }: { count: number }) {
  const shown = Math.min(count, 10);
  return (
    <span aria-hidden className="flex flex-wrap items-center gap-1">
      {Array.from({ length: shown }, (_, i) => (
        <span key={i} className={styles.loose} style={{ width: 22, height: 22 }} />
      ))}
      {count > shown && <span className="text-sm font-semibold text-grape-700">+{count - shown}</span>}
    </span>
  );
}
