'use client';

// A destructive action asks in place (no browser confirm box): the button turns into
// the question with 확인 / 취소.
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';

export function ConfirmButton({ label, question, onConfirm, disabled, variant = 'secondary' }: {
  label: string;
  question: string;
  onConfirm: () => void;
  disabled?: boolean;
  variant?: 'secondary' | 'danger';
}) {
  const t = useTranslations('posts.ui.view');
  const [asking, setAsking] = useState(false);
  if (!asking) return <Button variant={variant} disabled={disabled} onClick={() => setAsking(true)}>{label}</Button>;
  return (
    <div role="alertdialog" aria-label={question} className="flex w-full flex-col gap-2 rounded-xl bg-red-50 p-3">
      <p className="text-sm text-red-900">{question}</p>
      <div className="flex gap-2">
        <Button variant="danger" onClick={() => (setAsking(false), onConfirm())}>{t('confirm')}</Button>
        <Button variant="ghost" onClick={() => setAsking(false)}>{t('cancel')}</Button>
      </div>
    </div>
  );
}
