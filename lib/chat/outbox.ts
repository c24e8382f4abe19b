'use client';

// Messages typed while offline wait here (localStorage survives a reload) and are
// resent with the same clientId, so the server stores each exactly once.
export interface OutboxItem {
  roomId: string;
  clientId: string;
  kind: 'TEXT' | 'STICKER';
  body?: string;
  stickerId?: string;
  createdAt: string;
}

const KEY = 'moa-outbox-v1';

function read(): OutboxItem[] {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '[]') as OutboxItem[];
  } catch {
    return [];
  }
}

function write(items: OutboxItem[]) {
  localStorage.setItem(KEY, JSON.stringify(items));
}

export const outbox = {
  forRoom: (roomId: string) => read().filter((i) => i.roomId === roomId),
  add(item: OutboxItem) {
    write([...read().filter((i) => i.clientId !== item.clientId), item]);
  },
  remove(clientId: string) {
    write(read().filter((i) => i.clientId !== clientId));
  },
};

export function newClientId() {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
