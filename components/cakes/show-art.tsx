/** A show's poster, or its generated placeholder art (lib/shows/art.tsx), 2:3. */
export function ShowArt({ imageUrl, label, className = '' }: { imageUrl: string; label: string; className?: string }) {
  // eslint-disable-next-line @next/next/no-img-element -- our own art route or a provider poster; no optimiser in between
  return <img src={imageUrl} alt={label} loading="lazy" className={`aspect-[2/3] w-full rounded-xl bg-grape-100 object-cover ${className}`} />;
}
