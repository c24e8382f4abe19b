import { showImageUrl } from '@/lib/shows/schemas';

/** A show's poster, or its generated art when it has none; 2:3 like a poster. */
export function ShowImage({ show, width = 48 }: { show: { key: string; posterUrl?: string | null }; width?: number }) {
  const height = Math.round((width * 3) / 2);
  // eslint-disable-next-line @next/next/no-img-element -- our own PNG or a provider's poster, sized here
  return <img src={showImageUrl(show)} alt="" width={width} height={height} loading="lazy" style={{ width, height }} className="shrink-0 rounded-lg bg-grape-100 object-cover" />;
}
