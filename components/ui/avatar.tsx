/** A round avatar: the picture if there is one, otherwise the name's first letter. */
export function Avatar({ url, name, size = 40 }: { url: string | null; name: string; size?: number }) {
  const style = { width: size, height: size };
  if (url) {
    // eslint-disable-next-line @next/next/no-img-element -- served by our own API with auth cookies
    return <img src={url} alt="" style={style} className="shrink-0 rounded-full object-cover" />;
  }
  return (
    <span aria-hidden style={style} className="flex shrink-0 items-center justify-center rounded-full bg-grape-100 font-bold text-grape-700">
      {(name || '?').slice(0, 1)}
    </span>
  );
}
