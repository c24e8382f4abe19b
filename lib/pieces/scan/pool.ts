// Tesseract workers for ticket scans. Each worker is a Node worker thread running
// tesseract's WebAssembly build, so recognition never runs on the event loop. Workers
// start on first use (about a second, reading the bundled Korean model from
// node_modules: nothing is fetched), are reused, and stop after a while idle (each
// holds ~100–200 MB). At most `size` scans run at once; a few more wait in line and
// past that the scan is refused as busy, so a burst cannot starve the server.
import fs from 'node:fs';
import path from 'node:path';
import { createWorker, OEM, type Page, type Worker } from 'tesseract.js';
import { AppError } from '@/lib/errors';

export interface PoolOptions {
  size: number;
  /** Scans allowed to wait for a free worker before new ones are refused. */
  maxWaiting: number;
  idleMs: number;
  /** A recognition that takes longer is abandoned and its worker replaced. */
  timeoutMs: number;
  /** The model: Korean for the page, English for a seat's capitals (capitals.ts). */
  lang?: Lang;
}

export type Lang = 'kor' | 'eng';

// LSTM-only integer model (1.5 MB): the legacy-engine file is 7 MB and no better here (docs/decisions.md).
export const modelDir = (lang: Lang) => path.join('node_modules', '@tesseract.js-data', lang, '4.0.0_best_int');
export const MODEL_DIR = modelDir('kor');

const busy = () => new AppError('unavailable', 'scan.errors.busy', { retryAfterSeconds: 5 });

export interface JobOptions {
  /** How long the job may run once a worker has it; a function is asked again each time its last answer runs out. */
  timeoutMs?: number | (() => number);
  /** Neither started nor kept running after this time (ms since the epoch): refused or given up as busy. */
  deadline?: number;
}

interface Slot { worker: Promise<Worker>; idle?: NodeJS.Timeout; running: boolean }

async function startWorker(lang: Lang, onDead: () => void): Promise<Worker> {
  const langPath = path.join(process.cwd(), modelDir(lang));
  // A missing model would otherwise leave tesseract.js waiting forever (it swallows that error).
  await fs.promises.access(path.join(langPath, `${lang}.traineddata.gz`));
  const worker = await createWorker(lang, OEM.LSTM_ONLY, {
    langPath,
    gzip: true,
    // Read the model straight from the package; never write a cache file or go to the network.
    cacheMethod: 'none',
    // Without a handler tesseract.js throws a worker's error on the main thread (a crash).
    errorHandler: () => {},
  });
  // The raw worker thread: if it dies, forget it so the next scan starts a fresh one.
  const thread = (worker as unknown as { worker?: NodeJS.EventEmitter }).worker;
  thread?.on('error', onDead);
  thread?.on('exit', onDead);
  // Line text then keeps tesseract's own spacing (its word boxes split Korean words into syllables).
  await worker.setParameters({ preserve_interword_spaces: '1' });
  return worker;
}

export function createPool(opts: PoolOptions) {
  const slots: Slot[] = [];
  const waiting: { resolve: (slot: Slot) => void; reject: (err: unknown) => void }[] = [];

  const drop = (slot: Slot) => {
    const i = slots.indexOf(slot);
    if (i >= 0) slots.splice(i, 1);
    clearTimeout(slot.idle);
    slot.worker.then((w) => w.terminate()).catch(() => {});
  };

  function acquire(): Promise<Slot> {
    const free = slots.find((s) => !s.running);
    if (free) {
      free.running = true;
      clearTimeout(free.idle);
      return Promise.resolve(free);
    }
    if (slots.length < opts.size) {
      const slot: Slot = { running: true, worker: Promise.resolve(undefined as unknown as Worker) };
      slot.worker = startWorker(opts.lang ?? 'kor', () => drop(slot));
      slot.worker.catch(() => drop(slot));
      slots.push(slot);
      return Promise.resolve(slot);
    }
    if (waiting.length >= opts.maxWaiting) return Promise.reject(busy());
    return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
  }

  function release(slot: Slot) {
    const alive = slots.includes(slot);
    const next = waiting.shift();
    // A dropped worker's place goes to the next scan in line as a fresh worker.
    if (next) return alive ? next.resolve(slot) : void acquire().then(next.resolve, next.reject);
    if (!alive) return;
    slot.running = false;
    slot.idle = setTimeout(() => drop(slot), opts.idleMs);
    slot.idle.unref();
  }

  /**
   * Recognise one prepared image (PNG bytes); words, lines and blocks with boxes and
   * confidences. `params` are tesseract parameters for this job only (a page
   * segmentation mode for a single line, say). A job that is only an extra chance may
   * have a shorter limit (`timeoutMs`, which may follow another job's progress) and a time
   * after which it is neither started nor kept running (`deadline`).
   */
  async function recognize(png: Buffer, params: Record<string, string> = {}, { timeoutMs = opts.timeoutMs, deadline = Infinity }: JobOptions = {}): Promise<Page> {
    const slot = await acquire();
    if (Date.now() >= deadline) {
      release(slot);
      throw busy();
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      const worker = await slot.worker;
      const started = Date.now();
      const limit = () => (typeof timeoutMs === 'function' ? timeoutMs() : timeoutMs);
      const timeout = new Promise<never>((_, reject) => {
        const check = () => {
          const left = Math.min(limit() - (Date.now() - started), deadline - Date.now());
          if (left <= 0) reject(busy());
          else timer = setTimeout(check, left);
        };
        timer = setTimeout(check, Math.min(limit(), deadline - started));
      });
      const { data } = await Promise.race([worker.recognize(png, params, { text: true, blocks: true }), timeout]);
      return data;
    } catch (err) {
      // A worker that timed out or failed may be stuck mid-job: replace it.
      drop(slot);
      throw err instanceof AppError ? err : new AppError('unavailable', 'scan.errors.engine', { retryAfterSeconds: 5 });
    } finally {
      clearTimeout(timer);
      release(slot);
    }
  }

  const stats = () => ({ workers: slots.length, running: slots.filter((s) => s.running).length, waiting: waiting.length });
  const close = async () => {
    for (const s of [...slots]) drop(s);
  };
  return { recognize, stats, close };
}

export type Pool = ReturnType<typeof createPool>;
