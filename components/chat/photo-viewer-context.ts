'use client';

// The room view offers its photo viewer to the bubbles below it; a bubble outside a
// room view (none today) falls back to opening the file itself.
import { createContext, useContext } from 'react';
import type { DrawerItemDto } from '@/lib/chat/drawer-schemas';
import type { MessageDto } from '@/lib/chat/schemas';

export const PhotoViewerContext = createContext<((item: DrawerItemDto) => void) | null>(null);
export const usePhotoViewer = () => useContext(PhotoViewerContext);

/** A timeline message with a photo or video, as the drawer lists it. */
export function drawerItemOf(m: MessageDto): DrawerItemDto {
  return { messageId: m.id, seq: m.seq, createdAt: m.createdAt, sender: m.sender, kind: m.kind as DrawerItemDto['kind'], attachment: m.attachment, link: null };
}
