'use client';

import { useEffect, useId, useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { useCatalogSearch } from '@/lib/board/queries';
import { CATEGORY_IDS, type CatalogCategory, type CatalogItemDto } from '@/lib/board/schemas';
import { GiftImage } from './gift-image';
import styles from './grape.module.css';

interface Props {
  /** Catalog ids already on my list (shown as added). */
  added: Set<string>;
  onAdd: (item: CatalogItemDto) => void;
  adding: string | null;
}

/** Search the gift catalog: a box, category chips, and a grid of results to add. */
export function CatalogSearch({ added, onAdd, adding }: Props) {
  const t = useTranslations('wishlist');
  const inputId = useId();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<CatalogCategory | null>(null);
  // Ask once typing pauses, not per keystroke.
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const search = useCatalogSearch(query, category);
  const items = search.data?.items ?? [];

  return (
    <section aria-labelledby="catalog-heading" className="flex flex-col gap-4 rounded-2xl bg-white p-5 shadow-sm">
      <div>
        <h2 id="catalog-heading" className="text-lg font-bold">{t('searchTitle')}</h2>
        <p className="mt-1 text-sm text-neutral-600">{t('searchBody')}</p>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={inputId} className="text-sm font-medium text-neutral-800">{t('searchLabel')}</label>
        <input
          id={inputId}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('searchPlaceholder')}
          maxLength={50}
          className="min-h-12 rounded-xl border border-neutral-300 bg-white px-4 text-base outline-none focus:border-grape-500"
        />
      </div>
      <div role="group" aria-label={t('categoriesLabel')} className="flex gap-2 overflow-x-auto pb-1">
        {[null, ...CATEGORY_IDS].map((c) => (
          <button
            key={c ?? 'all'}
            type="button"
            aria-pressed={category === c}
            onClick={() => setCategory(c)}
            className={`min-h-11 shrink-0 rounded-full px-4 text-sm font-semibold ${category === c ? 'bg-grape-600 text-white' : 'bg-grape-50 text-grape-800'}`}
          >
            {c ? t(`categories.${c}`) : t('categories.all')}
          </button>
        ))}
      </div>
      <p aria-live="polite" className="text-sm text-neutral-600">
        {search.isFetching ? (
          <span className={styles.afterAWhile}>{t('searching')}</span>
        ) : (
          search.data && (items.length ? t('resultCount', { count: items.length }) : t('noResults', { query }))
        )}
      </p>
      {search.isError && <FormError message={t('searchFailed')} />}
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4" data-testid="catalog-results">
        {items.map((item) => {
          const isAdded = added.has(item.id);
          return (
            <li key={item.id} className="flex flex-col gap-2 rounded-xl border border-neutral-200 p-2">
              <GiftImage url={item.imageUrl} size={120} />
              <p className="text-sm font-semibold break-words">{item.name}</p>
              {item.price !== null && <p className="text-sm text-neutral-700">{t('price', { price: item.price })}</p>}
              <Button
                type="button"
                variant={isAdded ? 'secondary' : 'primary'}
                disabled={isAdded || adding === item.id}
                aria-label={isAdded ? t('addedLabel', { name: item.name }) : t('addLabel', { name: item.name })}
                onClick={() => onAdd(item)}
                className="mt-auto text-sm"
              >
                {isAdded ? t('added') : adding === item.id ? t('adding') : t('add')}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
