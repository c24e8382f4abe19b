import type { ShowKindName } from '@/lib/shows/cake-schemas';

// Until shows have their own art, a card in the kind's colours with the title on it.
const PALETTE: Record<ShowKindName, string> = {
  MOVIE: 'from-slate-800 to-indigo-700',
  PLAY: 'from-amber-700 to-rose-700',
  MUSICAL: 'from-grape-800 to-fuchsia-600',
  CONCERT: 'from-sky-700 to-emerald-600',
  OTHER: 'from-neutral-700 to-grape-600',
};

/** A show's poster, or a plain styled card with its title where there is none. */
export function ShowArt({ title, kind, posterUrl, label, className = '' }: { title: string; kind: ShowKindName; posterUrl: string | null; label: string; className?: string }) {
  if (posterUrl) {
    // eslint-disable-next-line @next/next/no-img-element -- provider posters of any size; no optimiser in between
    return <img src={posterUrl} alt={label} className={`aspect-[3/4] w-full rounded-xl object-cover ${className}`} />;
  }
  return (
    <div role="img" aria-label={label} className={`flex aspect-[3/4] w-full items-end overflow-hidden rounded-xl bg-gradient-to-br p-3 ${PALETTE[kind]} ${className}`}>
      <span className="line-clamp-4 break-keep text-lg font-extrabold leading-snug text-white drop-shadow">{title}</span>
    </div>
  );
}
