'use client';

import dynamic from 'next/dynamic';

// What a room loads after its first paint (issue 12), all `ssr: false` (rendered once the
// page has hydrated): a lazy part the server renders holds back the hydration of the room
// around it until its code arrives (a couple's first message typed meanwhile was not sent,
// e2e/couple-tools).
//
// Panels opened by a tap (search, settings, drawer, photo viewer, report form, a sender's
// menu; the message menu, lazy in message-actions.tsx) are fetched on the person's first
// touch, key or focus in the room — not when the browser is first idle, which put their
// parsing inside the page's first seconds (Lighthouse's TBT window) for nobody — so a tap
// on one still finds it loaded or on its way.
const load = {
  search: () => import('./room-search'),
  settings: () => import('./room-settings'),
  drawer: () => import('./room-drawer'),
  viewer: () => import('./photo-viewer'),
  report: () => import('@/components/cakes/report-form'),
  sender: () => import('./open-room-parts'),
  menu: () => import('./message-menu'),
};

let prefetched = false;
/** Starts loading every panel once; called on the room's first interaction. */
export function prefetchRoomPanels() {
  if (prefetched) return;
  prefetched = true;
  for (const f of Object.values(load)) void f().catch(() => { prefetched = false; });
}

/** Props for the room's root: its first pointer, key or focus prefetches the panels. */
export const prefetchOnInteraction = { onPointerDownCapture: prefetchRoomPanels, onKeyDownCapture: prefetchRoomPanels, onFocusCapture: prefetchRoomPanels };

export const RoomSearch = dynamic(() => load.search().then((m) => m.RoomSearch), { ssr: false });
export const RoomSettings = dynamic(() => load.settings().then((m) => m.RoomSettings), { ssr: false });
export const RoomDrawer = dynamic(() => load.drawer().then((m) => m.RoomDrawer), { ssr: false });
export const PhotoViewer = dynamic(() => load.viewer().then((m) => m.PhotoViewer), { ssr: false });
export const ReportForm = dynamic(() => load.report().then((m) => m.ReportForm), { ssr: false });
export const SenderMenu = dynamic(() => load.sender().then((m) => m.SenderMenu), { ssr: false });

// Parts only some rooms show, each decided by the room's details: the call button and what
// a call shows (circle rooms), a couple's question gate in the composer's place (once the
// client knows a question waits), an open room's join bar and cake link. Loaded when a room
// that shows them renders them, after hydration. (A couple's question cards stay in the
// room's bundle: they are in the server-rendered timeline.)
export const CallButton = dynamic(() => import('@/components/calls/call-button').then((m) => m.CallButton), { ssr: false });
export const QuestionGate = dynamic(() => import('@/components/couple/question-gate').then((m) => m.QuestionGate), { ssr: false });
export const JoinBar = dynamic(() => load.sender().then((m) => m.JoinBar), { ssr: false });
export const CakeLink = dynamic(() => load.sender().then((m) => m.CakeLink), { ssr: false });
export { QuestionCard } from '@/components/couple/question-card';
