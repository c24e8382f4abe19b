'use client';

import { useTranslations } from 'use-intl';
import { PiecesNav, type PiecesTool } from './pieces-nav';

/** The 조각 tab's heading and its sub navigation, on every page of the tab. */
export function PiecesHeader({ current }: { current?: PiecesTool }) {
  const t = useTranslations('pieces');
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <PiecesNav current={current} />
    </div>
  );
}
