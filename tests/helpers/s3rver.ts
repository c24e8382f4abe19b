// An S3-protocol server for tests (the `s3rver` package: pure JavaScript, files in a
// temp folder), on 127.0.0.1 with one bucket. Checks SigV4 signatures with its
// fixed key pair, so a test that passes here really signed its requests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';

export const S3RVER_KEY = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export async function startS3rver(bucket = 'moa-test') {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'moa-s3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    config: { bucket, region: 'us-east-1', endpoint, forcePathStyle: true, ...S3RVER_KEY },
    env: {
      S3_BUCKET: bucket, S3_REGION: 'us-east-1', S3_ENDPOINT: endpoint, S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: S3RVER_KEY.accessKeyId, S3_SECRET_ACCESS_KEY: S3RVER_KEY.secretAccessKey,
    },
    async stop() {
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
