import { useId, type TextareaHTMLAttributes } from 'react';

interface Props extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  error?: string;
  /** Shown under the field at the right, e.g. "120/2,000자". */
  counter?: string;
}

/** A labelled multi-line field with an error and a character counter, wired for screen readers. */
export function TextArea({ label, error, counter, className = '', ...area }: Props) {
  const id = useId();
  const describedBy = [counter && `${id}-counter`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-neutral-800">{label}</label>
      <textarea
        id={id}
        {...area}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={`rounded-xl border bg-white px-4 py-3 text-base outline-none focus:border-grape-500 ${error ? 'border-red-500' : 'border-neutral-300'} ${className}`}
      />
      {counter && <p id={`${id}-counter`} className="self-end text-xs text-neutral-600">{counter}</p>}
      {error && <p id={`${id}-error`} className="text-sm text-red-700" role="alert">{error}</p>}
    </div>
  );
}
