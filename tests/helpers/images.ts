// Test images made on the fly, and a look at what the server stored.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Client } from './client';

export type ImageFormat = 'png' | 'jpeg' | 'webp' | 'gif';

/** A small real image in the given format (a gradient, so encoders have work to do). */
export async function makeImage(format: ImageFormat, width = 64, height = 48, { exif = false } = {}) {
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < width * height; i++) raw.set([(i * 7) % 256, (i * 3) % 256, 128], i * 3);
  let img = sharp(raw, { raw: { width, height, channels: 3 } }).toFormat(format);
  if (exif) img = img.withExif({ IFD0: { Copyright: 'secret-owner', ImageDescription: 'GPS here' } });
  return new Uint8Array(await img.toBuffer());
}

const MIME: Record<ImageFormat, string> = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp', gif: 'image/gif' };
export const mimeOf = (f: ImageFormat) => MIME[f];

/** PUT a file as multipart field "file", with whatever name and type the caller claims. */
export async function uploadProfileImage(client: Client, kind: string, bytes: Uint8Array, name = 'photo.png', type = 'image/png') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  const res = await client.fetch(`/api/profiles/me/image/${kind}`, { method: 'PUT', body: form });
  const text = await res.text();
  let data: Record<string, unknown> = {};
  try { data = JSON.parse(text); } catch { /* not JSON */ }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test code reads arbitrary JSON
  return { status: res.status, data: data as Record<string, any> };
}

/** The files the server stored for a user's profile (sidecar type files left out). */
export function storedProfileFiles(userId: string) {
  const dir = path.join(process.env.STORAGE_DIR ?? '.moa/files', 'profiles', userId);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => !f.endsWith('.type') && !f.endsWith('.tmp'));
}

export async function fetchBytes(client: Client, url: string) {
  const res = await client.fetch(url);
  return { status: res.status, type: res.headers.get('content-type'), cache: res.headers.get('cache-control'), bytes: new Uint8Array(await res.arrayBuffer()) };
}
