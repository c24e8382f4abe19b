// The ticket as a satori element tree: one pure component for 4 layouts × 6 themes in
// two formats. The server renders it to PNG; the look picker renders the very same
// element in the page (scaled) as the live preview.
import type { ReactElement } from 'react';
import type { Layout, Theme } from './looks';
import type { TicketData } from './data';
import { ticketModel, type TicketModel } from './model';
import { ClassicOg, ClassicStory } from './layouts/classic';
import { StubOg, StubStory } from './layouts/stub';
import { PolaroidOg, PolaroidStory } from './layouts/polaroid';
import { MinimalOg, MinimalStory } from './layouts/minimal';

export const FORMATS = {
  /** Saved to the phone: a story-sized picture. */
  story: { width: 1080, height: 1920 },
  /** The share preview (og:image); key content stays in the centre 2:1 area (KakaoTalk crops to 800×400). */
  og: { width: 1200, height: 630 },
} as const;
export type TicketFormat = keyof typeof FORMATS;
export const TICKET_FORMATS = Object.keys(FORMATS) as TicketFormat[];

export interface Look {
  layout: Layout;
  theme: Theme;
}

type View = (props: { m: TicketModel }) => ReactElement;
const VIEWS: Record<Layout, Record<TicketFormat, View>> = {
  classic: { story: ClassicStory, og: ClassicOg },
  stub: { story: StubStory, og: StubOg },
  polaroid: { story: PolaroidStory, og: PolaroidOg },
  minimal: { story: MinimalStory, og: MinimalOg },
};

/** The element tree for a ticket, sized FORMATS[format]. */
export function ticketElement(data: TicketData, look: Look, format: TicketFormat): ReactElement {
  const View = (VIEWS[look.layout] ?? VIEWS.classic)[format];
  return <View m={ticketModel(data, look.theme)} />;
}

/** The same, as a component (the live preview). */
export function Ticket({ data, look, format }: { data: TicketData; look: Look; format: TicketFormat }) {
  return ticketElement(data, look, format);
}
