// Vercel Blob storage (`@vercel/blob`, BLOB_READ_WRITE_TOKEN), private store: objects
// are only ever read by the server with the token, and served through the app with
// Moa's own headers. No direct browser uploads here (optional in the issue): files
// go through the proxied upload route, capped by the function's body limit.
import { BlobNotFoundError, del, get, head, put } from '@vercel/blob';
import { assertSafeKey, gather, type Storage, type StoredObject } from './index';

export class BlobStorage implements Storage {
  readonly kind = 'blob';
  constructor(private readonly token: string) {}

  async putStream(key: string, body: AsyncIterable<Uint8Array>, contentType: string) {
    assertSafeKey(key);
    const bytes = await gather(body);
    await this.put(key, bytes, contentType);
    return bytes.byteLength;
  }

  async put(key: string, bytes: Uint8Array, contentType: string) {
    assertSafeKey(key);
    await put(key, Buffer.from(bytes), { access: 'private', token: this.token, contentType, addRandomSuffix: false, allowOverwrite: true });
  }

  async head(key: string) {
    assertSafeKey(key);
    try {
      const res = await head(key, { token: this.token });
      return { size: res.size, contentType: res.contentType };
    } catch (err) {
      if (err instanceof BlobNotFoundError) return null;
      throw err;
    }
  }

  async get(key: string): Promise<StoredObject | null> {
    assertSafeKey(key);
    const res = await get(key, { access: 'private', token: this.token, useCache: false });
    if (!res || res.statusCode !== 200) return null;
    return { body: res.stream, size: res.blob.size, contentType: res.blob.contentType };
  }

  async readStart(key: string, bytes: number) {
    // A range of an empty blob is unsatisfiable (416, an error in the SDK): ask its size first.
    const info = await this.head(key);
    if (!info) return null;
    if (info.size === 0) return new Uint8Array();
    const res = await get(key, { access: 'private', token: this.token, useCache: false, headers: { range: `bytes=0-${bytes - 1}` } });
    if (!res || res.statusCode !== 200) return null;
    return new Uint8Array(await new Response(res.stream).arrayBuffer()).subarray(0, bytes);
  }

  async delete(key: string) {
    assertSafeKey(key);
    await del(key, { token: this.token });
  }

  async exists(key: string) {
    return (await this.head(key)) !== null;
  }
}
