// The ticket drawn by the very component the server renders to PNG, scaled down to fit
// `width` CSS pixels: what the person sees here is what the saved image will be.
import { FORMATS, Ticket, type Look, type TicketFormat } from '@/lib/pieces/render/ticket';
import type { TicketData } from '@/lib/pieces/render/data';

export function TicketPreview({ data, look, format = 'story', width, label }: { data: TicketData; look: Look; format?: TicketFormat; width: number; label?: string }) {
  const size = FORMATS[format];
  const scale = width / size.width;
  return (
    <div
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      className="relative shrink-0 overflow-hidden rounded-xl shadow-sm"
      style={{ width, height: Math.round(size.height * scale) }}
    >
      <div style={{ position: 'absolute', left: 0, top: 0, width: size.width, height: size.height, transform: `scale(${scale})`, transformOrigin: 'top left', pointerEvents: 'none' }}>
        <Ticket data={data} look={look} format={format} />
      </div>
    </div>
  );
}
