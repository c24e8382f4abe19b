import type { PieceKind } from '@/lib/pieces/schemas';

// A drawn stand-in when a piece has neither a photo nor a poster: the kind's colour and
// the title's first letter, so a month of pieces still reads at a glance.
const KIND_COLOURS: Record<PieceKind, string> = {
  MOVIE: 'from-sky-600 to-indigo-700',
  PLAY: 'from-emerald-600 to-teal-700',
  MUSICAL: 'from-grape-500 to-grape-800',
  CONCERT: 'from-rose-500 to-pink-700',
  OTHER: 'from-amber-500 to-orange-700',
};

/** A portrait thumbnail (poster-like 3:4) filling its box; decorative unless `alt` is given. */
export function PieceThumb({ piece, alt = '', className = '' }: { piece: { kind: PieceKind; title: string; thumbUrl: string | null }; alt?: string; className?: string }) {
  if (piece.thumbUrl) {
    // eslint-disable-next-line @next/next/no-img-element -- served by our own route with private caching
    return <img src={piece.thumbUrl} alt={alt} loading="lazy" decoding="async" className={`object-cover ${className}`} />;
  }
  return (
    <span role={alt ? 'img' : undefined} aria-label={alt || undefined} aria-hidden={alt ? undefined : true} className={`flex items-center justify-center bg-gradient-to-br font-bold text-white ${KIND_COLOURS[piece.kind]} ${className}`}>
      {Array.from(piece.title.trim())[0] ?? ''}
    </span>
  );
}
