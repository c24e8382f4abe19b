'use client';

import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslations } from 'use-intl';
import { useShowSearch } from '@/lib/shows/queries';
import type { CatalogShow, ShowKind } from '@/lib/shows/schemas';
import { ShowImage } from './show-image';

interface Props {
  /** Search only this kind (the piece form's chosen kind). */
  kind?: ShowKind;
  /** Called with the chosen show; the form fills title, kind, venue and poster from it. */
  onPick(show: CatalogShow): void;
}

/**
 * Find a show in the catalog: a combobox (ARIA 1.2) that asks once typing pauses, with
 * arrow keys to move through the results, Enter to pick and Escape to close.
 */
export function ShowSearch({ kind, onPick }: Props) {
  const t = useTranslations('shows');
  const id = useId();
  const [inputId, listId, hintId] = [`${id}-input`, `${id}-list`, `${id}-hint`];
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  useEffect(() => {
    const timer = setTimeout(() => {
      setQuery(text.trim().slice(0, 100));
      setActive(-1);
    }, 250);
    return () => clearTimeout(timer);
  }, [text]);
  const search = useShowSearch(query, kind);
  const shows = query ? (search.data?.shows ?? []) : [];
  const expanded = open && shows.length > 0;

  function pick(show: CatalogShow) {
    setText(show.title);
    setOpen(false);
    setActive(-1);
    onPick(show);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!shows.length) return;
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + shows.length) % shows.length);
    } else if (e.key === 'Enter' && expanded && active >= 0) {
      e.preventDefault();
      pick(shows[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  }

  let status = '';
  if (query && search.isFetching) status = t('search.searching');
  else if (query && search.isError) status = t('search.failed');
  else if (query && search.data) status = shows.length ? t('search.resultCount', { count: shows.length }) : t('search.noResults', { query });

  return (
    <div className="relative flex flex-col gap-1">
      <label htmlFor={inputId} className="text-sm font-medium text-neutral-800">{t('search.label')}</label>
      <input
        id={inputId}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={hintId}
        value={text}
        maxLength={100}
        placeholder={t('search.placeholder')}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className="min-h-12 rounded-xl border border-neutral-300 bg-white px-4 text-base outline-none focus:border-grape-500 focus-visible:ring-2 focus-visible:ring-grape-300"
      />
      <p id={hintId} className="sr-only">{t('search.hint')}</p>
      <p aria-live="polite" className="min-h-5 text-sm text-neutral-600">
        {status}
        {search.data?.failed.length ? ` ${t('search.partial')}` : ''}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label={t('search.resultsLabel')}
        hidden={!expanded}
        data-testid="show-results"
        className="absolute top-full z-20 mt-1 max-h-96 w-full overflow-y-auto rounded-xl border border-neutral-200 bg-white p-1 shadow-lg"
      >
        {shows.map((show, i) => (
          <li
            key={show.key}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            // Keep focus in the box so the list does not close before the click lands.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(show)}
            onMouseEnter={() => setActive(i)}
            className={`flex min-h-14 cursor-pointer items-center gap-3 rounded-lg p-2 ${i === active ? 'bg-grape-50' : ''}`}
          >
            <ShowImage show={show} width={40} />
            <div className="flex min-w-0 flex-col">
              <span className="truncate font-semibold">{show.title}</span>
              <span className="text-sm text-neutral-600">{t('search.meta', { kind: t(`kinds.${show.kind}`), year: String(show.year) })}</span>
              {show.venue && <span className="truncate text-sm text-neutral-500">{show.venue}</span>}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
