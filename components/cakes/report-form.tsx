'use client';

import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { MAX_REPORT_DETAIL, REPORT_REASONS, type ReportReason } from '@/lib/reports/reasons';
import { useReport } from '@/lib/shows/cake-queries';

/** Report a piece or a message with a reason; on success the caller hides the item. */
export function ReportForm({ target, targetId, onDone, onCancel }: { target: 'PIECE' | 'MESSAGE'; targetId: string; onDone: () => void; onCancel: () => void }) {
  const t = useTranslations('cakes.report');
  const [reason, setReason] = useState<ReportReason>('spam');
  const [detail, setDetail] = useState('');
  const report = useReport();
  return (
    <form
      className="flex flex-col gap-3 rounded-xl border border-neutral-200 bg-white p-3 text-sm"
      aria-label={target === 'PIECE' ? t('pieceTitle') : t('messageTitle')}
      data-testid="report-form"
      onSubmit={(e) => {
        e.preventDefault();
        report.mutate({ target, targetId, reason, detail: detail.trim() || undefined }, { onSuccess: onDone });
      }}
    >
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-semibold">{t('reason')}</legend>
        {REPORT_REASONS.map((r) => (
          <label key={r} className="flex min-h-10 cursor-pointer items-center gap-2">
            <input type="radio" name={`reason-${targetId}`} value={r} checked={reason === r} onChange={() => setReason(r)} className="size-4 accent-grape-600" />
            {t(`reasons.${r}`)}
          </label>
        ))}
      </fieldset>
      <label className="flex flex-col gap-1">
        <span className="font-semibold">{t('detail')}</span>
        <textarea value={detail} onChange={(e) => setDetail(e.target.value)} maxLength={MAX_REPORT_DETAIL} rows={2} className="rounded-xl border border-neutral-300 px-3 py-2 text-base outline-none focus:border-grape-500" />
      </label>
      {report.error && <FormError message={report.error.message} />}
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" onClick={onCancel}>{t('cancel')}</Button>
        <Button type="submit" variant="danger" disabled={report.isPending}>{t('submit')}</Button>
      </div>
    </form>
  );
}
