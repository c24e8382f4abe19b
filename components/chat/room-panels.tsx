'use client';

import dynamic from 'next/dynamic';

// The room's panels opened by a tap (search, settings, drawer, photo viewer, report form,
// a sender's menu; the message menu, lazy in message-actions.tsx) are not part of a room's
// first load (issue 12). They are fetched when the browser is idle after the room has
// loaded, so a tap still opens them at once.
const load = {
  search: () => import('./room-search'),
  settings: () => import('./room-settings'),
  drawer: () => import('./room-drawer'),
  viewer: () => import('./photo-viewer'),
  report: () => import('@/components/cakes/report-form'),
  sender: () => import('./open-room-parts'),
  menu: () => import('./message-menu'),
};

if (typeof window !== 'undefined') {
  const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 1500));
  idle(() => {
    for (const f of Object.values(load)) void f().catch(() => {});
  });
}

export const RoomSearch = dynamic(() => load.search().then((m) => m.RoomSearch), { ssr: false });
export const RoomSettings = dynamic(() => load.settings().then((m) => m.RoomSettings), { ssr: false });
export const RoomDrawer = dynamic(() => load.drawer().then((m) => m.RoomDrawer), { ssr: false });
export const PhotoViewer = dynamic(() => load.viewer().then((m) => m.PhotoViewer), { ssr: false });
export const ReportForm = dynamic(() => load.report().then((m) => m.ReportForm), { ssr: false });
export const SenderMenu = dynamic(() => load.sender().then((m) => m.SenderMenu), { ssr: false });

// Parts only some rooms show (calls in circle rooms, a couple's question cards and gate, an
// open room's join bar and cake link) are imported as they are: loaded lazily but rendered
// on the server, they held back the hydration of the room around them until their code
// arrived, and a couple's first message typed meanwhile was not sent (e2e/couple-tools).
export { CallButton } from '@/components/calls/call-button';
export { QuestionCard } from '@/components/couple/question-card';
export { QuestionGate } from '@/components/couple/question-gate';
export { CakeLink, JoinBar } from './open-room-parts';
