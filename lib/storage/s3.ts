// S3-compatible storage (AWS S3, Cloudflare R2, MinIO; tested against s3rver). The
// browser can put an object directly with a presigned PUT; reads stay proxied by the
// app so every download keeps Moa's own headers (lib/chat/uploads.ts openUpload).
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { assertSafeKey, gather, type Storage, type StoredObject } from './index';

export interface S3Config {
  bucket: string;
  region?: string;
  endpoint?: string;
  forcePathStyle?: boolean;
  accessKeyId?: string;
  secretAccessKey?: string;
}

const notFound = (err: unknown) =>
  err instanceof S3ServiceException && (err.$metadata.httpStatusCode === 404 || err.name === 'NoSuchKey' || err.name === 'NotFound');

export class S3Storage implements Storage {
  readonly kind = 's3';
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(cfg: S3Config) {
    this.bucket = cfg.bucket;
    this.client = new S3Client({
      region: cfg.region ?? 'auto',
      endpoint: cfg.endpoint,
      forcePathStyle: cfg.forcePathStyle,
      // Without keys the SDK's default chain applies (an IAM role on AWS).
      credentials: cfg.accessKeyId && cfg.secretAccessKey ? { accessKeyId: cfg.accessKeyId, secretAccessKey: cfg.secretAccessKey } : undefined,
      // The SDK's default CRC checksums on every PUT (and in presigned URLs) are not
      // understood by every S3-compatible server (older MinIO, s3rver); S3 does not need them.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async putStream(key: string, body: AsyncIterable<Uint8Array>, contentType: string) {
    assertSafeKey(key);
    const bytes = await gather(body);
    await this.put(key, bytes, contentType);
    return bytes.byteLength;
  }

  async put(key: string, bytes: Uint8Array, contentType: string) {
    assertSafeKey(key);
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: bytes, ContentType: contentType, ContentLength: bytes.byteLength }));
  }

  async head(key: string) {
    assertSafeKey(key);
    try {
      const res = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { size: res.ContentLength ?? 0, contentType: res.ContentType ?? 'application/octet-stream' };
    } catch (err) {
      if (notFound(err)) return null;
      throw err;
    }
  }

  async get(key: string): Promise<StoredObject | null> {
    assertSafeKey(key);
    try {
      const res = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!res.Body) return null;
      return { body: res.Body.transformToWebStream() as ReadableStream<Uint8Array>, size: res.ContentLength ?? 0, contentType: res.ContentType ?? 'application/octet-stream' };
    } catch (err) {
      if (notFound(err)) return null;
      throw err;
    }
  }

  async readStart(key: string, bytes: number) {
    const info = await this.head(key);
    if (!info) return null;
    if (info.size === 0) return new Uint8Array(); // a range of an empty object is unsatisfiable (416)
    try {
      const res = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: `bytes=0-${bytes - 1}` }));
      const all = (await res.Body?.transformToByteArray()) ?? new Uint8Array();
      // A server that ignores Range sends everything; keep what was asked for.
      return all.subarray(0, bytes);
    } catch (err) {
      if (notFound(err)) return null;
      throw err;
    }
  }

  async delete(key: string) {
    assertSafeKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async exists(key: string) {
    return (await this.head(key)) !== null;
  }

  async presignPut(key: string, size: number, expiresInSeconds: number) {
    assertSafeKey(key);
    // The length and type are signed: the service refuses a body of any other size, and
    // the object is stored as opaque bytes (its real type is sniffed on completion).
    const contentType = 'application/octet-stream';
    const command = new PutObjectCommand({ Bucket: this.bucket, Key: key, ContentLength: size, ContentType: contentType });
    const url = await getSignedUrl(this.client, command, { expiresIn: expiresInSeconds, signableHeaders: new Set(['content-length', 'content-type']) });
    return { method: 'PUT' as const, url, headers: { 'content-type': contentType } };
  }
}
