'use client';

import { useSyncExternalStore, type ButtonHTMLAttributes } from 'react';

type Variant = 'primary' | 'secondary' | 'danger' | 'ghost';
const styles: Record<Variant, string> = {
  primary: 'bg-grape-600 text-white hover:bg-grape-700 disabled:bg-grape-300',
  secondary: 'bg-white text-grape-700 border border-grape-200 hover:bg-grape-50 disabled:text-neutral-400',
  danger: 'bg-red-600 text-white hover:bg-red-700 disabled:bg-red-300',
  ghost: 'text-grape-700 hover:bg-grape-50',
};

const noSubscription = () => () => {};

/**
 * False in the server render and while hydrating, true once React owns the page.
 * A tap on server-rendered HTML before then would do nothing (or submit a form the
 * browser's way), so buttons stay disabled until it is true.
 */
export function useHydrated() {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

export function Button({ variant = 'primary', className = '', disabled, ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  const hydrated = useHydrated();
  return (
    <button
      {...props}
      disabled={disabled || !hydrated}
      className={`inline-flex min-h-12 items-center justify-center rounded-xl px-5 text-base font-semibold transition-colors disabled:cursor-not-allowed ${styles[variant]} ${className}`}
    />
  );
}
