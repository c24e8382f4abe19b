'use client';

// The title (칭호) a person wears, next to their name in cake rooms and on public pieces.
import { useTranslations } from 'use-intl';

export function TitleBadge({ titleId }: { titleId: string | null | undefined }) {
  // Ids come from the server; one a later version dropped shows nothing.
  const t = useTranslations('titles.list') as unknown as { (key: string): string; has: (key: string) => boolean };
  if (!titleId || !t.has(`${titleId}.name`)) return null;
  return (
    <span className="rounded-full bg-grape-50 px-2 py-0.5 text-[11px] font-semibold text-grape-700" data-testid="worn-title">
      {t(`${titleId}.name`)}
    </span>
  );
}
