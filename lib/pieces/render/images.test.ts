import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { pictureFrom, remotePicture } from './images';

const jpeg = () => sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#884422' } }).jpeg().toBuffer();
const size = async (dataUrl: string) => sharp(Buffer.from(dataUrl.split(',')[1], 'base64')).metadata();
const fetchOf = (body: Uint8Array | string, status = 200) => {
  const urls: string[] = [];
  const impl = (async (url: string) => {
    urls.push(url);
    return new Response(body as BodyInit, { status });
  }) as unknown as typeof fetch;
  return { urls, impl };
};

describe('ticket pictures', () => {
  it('re-encodes a picture no larger than asked, with a tiny copy for the blur', async () => {
    const pic = (await pictureFrom(await jpeg(), 640))!;
    expect(pic.image).toMatch(/^data:image\/jpeg;base64,/);
    expect(await size(pic.image)).toMatchObject({ width: 640, height: 480 });
    expect(await size(pic.imageSmall)).toMatchObject({ width: 24, height: 18 });
    expect(await pictureFrom(new TextEncoder().encode('not a picture'), 640)).toBeNull();
  });

  it('fetches a catalog poster over https only, and goes without one when it cannot be had', async () => {
    const ok = fetchOf(await jpeg());
    expect(await remotePicture('https://img.example/p.jpg', 640, ok.impl)).not.toBeNull();
    const plain = fetchOf(await jpeg());
    expect(await remotePicture('http://img.example/p.jpg', 640, plain.impl)).toBeNull();
    expect(plain.urls).toEqual([]);
    expect(await remotePicture('https://img.example/missing.jpg', 640, fetchOf('', 404).impl)).toBeNull();
    expect(await remotePicture('https://img.example/huge.jpg', 640, fetchOf(new Uint8Array(9 * 1024 * 1024)).impl)).toBeNull();
    expect(await remotePicture(null, 640)).toBeNull();
  });
});
