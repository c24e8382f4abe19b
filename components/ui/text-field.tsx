import { useId, type InputHTMLAttributes } from 'react';

interface Props extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  hint?: string;
  error?: string;
  status?: string;
}

/**
 * A labelled input with hint, live status and error, wired for screen readers. A field
 * with a live status (`status` given, '' when there is nothing to say) keeps its status
 * line in place: screen readers hear a live region only if it was there before its words
 * changed, and what is below does not jump when the status comes and goes (a tap aimed
 * at the next box must not land elsewhere).
 */
export function TextField({ label, hint, error, status, ...input }: Props) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, status && `${id}-status`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-neutral-800">
        {label}
      </label>
      <input
        id={id}
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={`min-h-12 rounded-xl border bg-white px-4 text-base outline-none focus:border-grape-500 ${error ? 'border-red-500' : 'border-neutral-300'}`}
      />
      {hint && <p id={`${id}-hint`} className="text-xs text-neutral-600">{hint}</p>}
      {status !== undefined && <p id={`${id}-status`} className="min-h-4 text-xs text-grape-700" aria-live="polite">{status}</p>}
      {error && <p id={`${id}-error`} className="text-sm text-red-700" role="alert">{error}</p>}
    </div>
  );
}
