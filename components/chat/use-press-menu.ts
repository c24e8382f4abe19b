'use client';

import { useRef, type MouseEvent, type PointerEvent } from 'react';

const HOLD_MS = 500;
const SLOP_PX = 10;

/**
 * Handlers that open a message's menu by a long press (touch, 500 ms without moving: a
 * scroll cancels it) or a right click. The browser's own long-press menu and the click
 * that follows the press (which would open a photo) are suppressed; the bubble also
 * carries `select-none` and `-webkit-touch-callout: none` on touch screens so no
 * selection handles flash first.
 */
export function usePressMenu(onOpen: () => void, enabled: boolean) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const start = useRef<{ x: number; y: number } | null>(null);
  const fired = useRef(false);
  const clear = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    start.current = null;
  };
  if (!enabled) return {};
  return {
    onPointerDown: (e: PointerEvent) => {
      if (e.pointerType === 'mouse') return;
      fired.current = false;
      clear();
      start.current = { x: e.clientX, y: e.clientY };
      timer.current = setTimeout(() => {
        fired.current = true;
        timer.current = null;
        navigator.vibrate?.(10);
        onOpen();
      }, HOLD_MS);
    },
    onPointerMove: (e: PointerEvent) => {
      const s = start.current;
      if (s && Math.hypot(e.clientX - s.x, e.clientY - s.y) > SLOP_PX) clear();
    },
    onPointerUp: clear,
    onPointerCancel: clear,
    onContextMenu: (e: MouseEvent) => {
      e.preventDefault();
      // A phone's own long-press event: the click that may follow belongs to the press.
      if (start.current) fired.current = true;
      clear();
      onOpen();
    },
    onClickCapture: (e: MouseEvent) => {
      if (!fired.current) return;
      fired.current = false;
      e.preventDefault();
      e.stopPropagation();
    },
  };
}
