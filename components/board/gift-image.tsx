/** A gift's picture, or a plain grape-coloured box when it has none (typed by hand). */
export function GiftImage({ url, size = 72 }: { url: string | null; size?: number }) {
  const style = { width: size, height: size };
  if (!url) {
    return (
      <span aria-hidden style={style} className="flex shrink-0 items-center justify-center rounded-xl bg-grape-100">
        <svg viewBox="0 0 24 24" width={size / 2} height={size / 2} fill="none" stroke="currentColor" strokeWidth="1.8" className="text-grape-600">
          <rect x="3" y="9" width="18" height="12" rx="2" />
          <path d="M3 13h18M12 9v12M12 9c-2-4-6-4-6-1.5S9 9 12 9c3 0 6-1 6-1.5S14 5 12 9z" />
        </svg>
      </span>
    );
  }
  // eslint-disable-next-line @next/next/no-img-element -- small SVGs from /catalog or a shop's thumbnail
  return <img src={url} alt="" style={style} loading="lazy" className="shrink-0 rounded-xl bg-white object-cover" />;
}
