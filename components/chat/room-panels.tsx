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

// Parts only some rooms show (calls in circle rooms, a couple's question cards, an open
// room's join bar and cake link): rendered on the server as before where they appear, so
// their code comes with those rooms' HTML, and with no other room's.
export const CallButton = dynamic(() => import('@/components/calls/call-button').then((m) => m.CallButton));
export const QuestionCard = dynamic(() => import('@/components/couple/question-card').then((m) => m.QuestionCard));
export const QuestionGate = dynamic(() => import('@/components/couple/question-gate').then((m) => m.QuestionGate));
export const CakeLink = dynamic(() => import('./open-room-parts').then((m) => m.CakeLink));
export const JoinBar = dynamic(() => import('./open-room-parts').then((m) => m.JoinBar));
