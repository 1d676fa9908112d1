/**
 * The page side of the dataset worker. The worker itself runs in the browser
 * tests (big.spec.ts, bad-data.spec.ts); here, the parts that decide what runs
 * where: the main-thread fallback reads the real file with the same answer,
 * a worker that cannot load its script falls back instead of failing, and a
 * cancelled read rejects.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  fetchDatasetOffThread,
  parseFilesOffThread,
  readDatasetOffThread,
  ReadCancelled,
  type StartWorker,
} from './datasetClient';

const text = readFileSync(new URL('../../data/ai-circular-deals.json', import.meta.url), 'utf8');

/** A worker whose script never loads: it reports an error for the first message. */
const brokenWorker: StartWorker = () => {
  const target = new EventTarget() as EventTarget & Partial<Worker>;
  let terminated = false;
  target.postMessage = () => {
    queueMicrotask(() => {
      if (!terminated) target.dispatchEvent(new Event('error', { cancelable: true }));
    });
  };
  target.terminate = () => {
    terminated = true;
  };
  return target as Worker;
};

describe('the dataset client', () => {
  it('reads on the main thread where no worker can start, with progress', async () => {
    const phases: string[] = [];
    const outcome = await readDatasetOffThread(
      text,
      { onProgress: (p) => phases.push(p.phase) },
      null,
    );
    expect(outcome.kind).toBe('parsed');
    if (outcome.kind === 'parsed' && outcome.result.ok)
      expect(outcome.result.dataset.deals.length).toBeGreaterThan(100);
    else throw new Error('the bundled dataset did not parse');
    expect(phases).toContain('check');
  });

  it('falls back to the main thread when the worker script cannot load', async () => {
    const outcome = await readDatasetOffThread(text, {}, brokenWorker);
    expect(outcome.kind === 'parsed' && outcome.result.ok).toBe(true);
  });

  it('says "too big" before checking a file over the drawing limit', async () => {
    const big = JSON.stringify({
      schemaVersion: 1,
      companies: Array.from({ length: 30_000 }, (_, i) => ({ id: `c${i}` })),
      deals: [],
    });
    const outcome = await readDatasetOffThread(big, {}, null);
    expect(outcome).toEqual({ kind: 'too-big', size: { companies: 30_000, deals: 0 } });
  });

  it('rejects a read cancelled before it starts, and one cancelled while the worker runs', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      readDatasetOffThread(text, { signal: controller.signal }, null),
    ).rejects.toBeInstanceOf(ReadCancelled);
    const later = new AbortController();
    // A worker that never answers: only the signal can end the read.
    const silent: StartWorker = () =>
      Object.assign(new EventTarget(), { postMessage() {}, terminate() {} }) as unknown as Worker;
    const pending = readDatasetOffThread(text, { signal: later.signal }, silent);
    later.abort();
    await expect(pending).rejects.toBeInstanceOf(ReadCancelled);
  });

  it('refuses a non-web address without fetching, in the fallback too', async () => {
    const status = await fetchDatasetOffThread('javascript:alert(1)', {}, brokenWorker);
    expect(status).toMatchObject({ state: 'error' });
    if (status.state === 'error') expect(status.message).toContain('not an http or https address');
  });

  it('parses the reader\u2019s files where no worker exists (the test runner)', async () => {
    const result = await parseFilesOffThread([{ name: 'mine.json', text }]);
    expect(result.ok).toBe(true);
  });
});
