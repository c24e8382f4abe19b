// The Vercel Blob adapter through the shared storage suite, against a stand-in for the
// Blob service at the HTTP level (the SDK's real requests, answered from memory).
import { describe, expect, it } from 'vitest';
import { BlobStorage } from './blob';
import { FAKE_BLOB_TOKEN, startFakeBlob } from '@/tests/helpers/blob-fake';
import { describeStorage } from './storage-suite';

describeStorage('Vercel Blob (HTTP stand-in)', async () => {
  const fake = startFakeBlob();
  return { storage: new BlobStorage(FAKE_BLOB_TOKEN), close: fake.stop };
});

describe('Vercel Blob requests', () => {
  it('puts private blobs at the exact key (no random suffix) and reads them with the token', async () => {
    const fake = startFakeBlob();
    try {
      const s = new BlobStorage(FAKE_BLOB_TOKEN);
      await s.put('rooms/r1/abc', new TextEncoder().encode('hi'), 'text/plain');
      expect([...fake.objects.keys()]).toEqual(['rooms/r1/abc']);
      await s.readStart('rooms/r1/abc', 1);
      expect(fake.requests).toContain('GET /rooms/r1/abc?cache=0');
      // A wrong token is refused by the service, and the adapter says so.
      await expect(new BlobStorage('vercel_blob_rw_teststore1_wrong').put('rooms/r1/x', new Uint8Array([1]), 'text/plain')).rejects.toThrow();
    } finally {
      await fake.stop();
    }
  });
});
