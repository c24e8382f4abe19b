// Room uploads against any app server (the shared one or one started by a test).
import http from 'node:http';
import { db } from '@/lib/db';
import type { newUser } from './client';

type U = Awaited<ReturnType<typeof newUser>>;
export const KB = 1024;
export const MB = 1024 * KB;

/** A room with these people in it, made in the database (nothing here is about rooms). */
export async function roomOf(...users: U[]) {
  const room = await db.room.create({ data: { kind: 'GROUP', name: 'files', members: { create: users.map((u) => ({ userId: u.id })) } } });
  return room.id;
}

export function call(base: string, u: U | null, path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  if (u) headers.set('cookie', u.client.cookieHeader());
  return fetch(base + path, { ...init, headers });
}

export async function uploadText(base: string, u: U, roomId: string, bytes: number, name = 'note.txt') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes).fill(0x61)]), name);
  const res = await call(base, u, `/api/rooms/${roomId}/uploads`, { method: 'POST', body: form });
  return { status: res.status, body: await res.json() };
}

export async function postJson(base: string, u: U, path: string, body?: unknown) {
  const res = await call(base, u, path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let data: unknown = text;
  try { data = JSON.parse(text); } catch { /* not JSON */ }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test code reads arbitrary JSON
  return { status: res.status, data: data as Record<string, any> };
}

/**
 * A request whose body is written in 64 KB chunks (Transfer-Encoding: chunked unless a
 * Content-Length is given) up to `bytes`, or forever when `bytes` is Infinity, until the
 * server answers. `sent` says how much had gone out when the answer came.
 */
export function streamBody(base: string, path: string, headers: Record<string, string>, bytes: number, { method = 'POST', head = '' } = {}) {
  return new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
    const req = http.request(base + path, { method, headers });
    let sent = 0;
    let answered = false;
    const chunk = Buffer.alloc(64 * KB, 0x61);
    req.on('response', (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { body += c; });
      res.on('end', () => { req.destroy(); resolve({ status: res.statusCode ?? 0, body, sent }); });
    });
    req.on('error', (err) => { if (!answered) reject(err); });
    if (head) { req.write(head); sent += head.length; }
    const pump = () => {
      while (!answered && sent < bytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered && sent >= bytes) req.end();
    };
    pump();
  });
}
