'use client';

import { useEffect, useId, useRef } from 'react';

interface Props {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Shown on the confirm button while the action runs. */
  busyLabel?: string;
  busy?: boolean;
  danger?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * An in-app "are you sure?" as a modal <dialog>: the browser traps focus, Escape
 * cancels, and focus returns to the button that opened it. Cancel gets focus first,
 * so a stray Enter never confirms a deletion.
 */
export function ConfirmDialog({ open, title, body, confirmLabel, cancelLabel, busyLabel, busy, danger, error, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      cancelRef.current?.focus();
    } else if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(e) => { e.preventDefault(); if (!busy) onCancel(); }}
      className="m-auto w-[min(24rem,calc(100vw-2rem))] rounded-2xl bg-white p-5 shadow-xl backdrop:bg-black/40"
    >
      <h2 id={`${id}-title`} className="text-lg font-bold">{title}</h2>
      <p id={`${id}-body`} className="mt-2 text-sm text-neutral-700">{body}</p>
      {error && <p role="alert" className="mt-3 rounded-xl bg-red-50 px-3 py-2 text-sm text-red-800">{error}</p>}
      <div className="mt-5 flex justify-end gap-2">
        <button ref={cancelRef} type="button" disabled={busy} onClick={onCancel} className="min-h-11 rounded-xl border border-neutral-300 px-4 font-semibold text-neutral-800 hover:bg-neutral-50">
          {cancelLabel}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={onConfirm}
          className={`min-h-11 rounded-xl px-4 font-semibold text-white ${danger ? 'bg-red-600 hover:bg-red-700 disabled:bg-red-300' : 'bg-grape-600 hover:bg-grape-700 disabled:bg-grape-300'}`}
        >
          {busy && busyLabel ? busyLabel : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
