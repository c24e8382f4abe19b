'use client';

import { useLocale, useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { ApiError } from '@/lib/api-client';
import { useDataExport, useStartExport } from '@/lib/accounts/queries';
import type { DataExportDto } from '@/lib/accounts/export/service';

const sizeText = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** 나 → 내 데이터 내려받기: ask for a ZIP, watch it being built, download it while the link lasts. */
export function ExportSection({ initial }: { initial: DataExportDto | null }) {
  const t = useTranslations();
  const locale = useLocale();
  const { data: exp = initial } = useDataExport(initial);
  const start = useStartExport();
  const expired = exp && new Date(exp.expiresAt) <= new Date();
  const canStart = !exp || exp.status === 'FAILED' || (exp.status === 'READY' && (expired || !exp.downloadUrl));
  const error = start.error ? (start.error instanceof ApiError && start.error.message ? start.error.message : t('errors.network')) : null;
  return (
    <div className="flex flex-col gap-3">
      <h2 id="export" className="text-lg font-bold">{t('account.export.title')}</h2>
      <p className="text-sm text-neutral-600">{t('account.export.hint')}</p>
      {exp?.status === 'PENDING' && <p role="status" className="rounded-xl bg-grape-50 px-4 py-3 text-sm text-grape-800">{t('account.export.pending')}</p>}
      {exp?.status === 'FAILED' && <FormError message={t('account.export.failed')} />}
      {exp?.status === 'READY' && exp.downloadUrl && (
        <>
          <p className="text-sm" data-testid="export-ready">
            {t('account.export.ready', { size: sizeText(exp.size ?? 0), expires: new Date(exp.expiresAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }) })}
          </p>
          <a href={exp.downloadUrl} download className="inline-flex min-h-12 items-center justify-center rounded-xl bg-grape-600 px-5 font-semibold text-white hover:bg-grape-700">
            {t('account.export.download')}
          </a>
        </>
      )}
      <FormError message={error} />
      {(canStart || exp?.status === 'READY') && exp?.status !== 'PENDING' && (
        <Button type="button" variant={exp?.status === 'READY' && !expired ? 'secondary' : 'primary'} disabled={start.isPending} onClick={() => start.mutate()}>
          {start.isPending ? t('account.export.starting') : exp ? t('account.export.again') : t('account.export.start')}
        </Button>
      )}
    </div>
  );
}
