import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { LocalDiskStorage } from './local';
import { describeStorage } from './storage-suite';

describeStorage('local disk', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'moa-storage-'));
  return { storage: new LocalDiskStorage(root), close: async () => fs.rmSync(root, { recursive: true, force: true }) };
});
