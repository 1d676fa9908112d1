/**
 * The read the page's boot begins (earlyRead.ts) and its adoption by the
 * client (datasetClient.ts): one worker, one request, and everything the
 * worker said before the session arrived replayed in order. The real worker
 * runs in the browser tests (open.spec.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fetchDatasetOffThread, type StartWorker } from './datasetClient';
import type { WorkerReply, WorkerRequest } from './datasetWorker';
import { beginEarlyRead, claimEarlyRead, earlyDataUrl } from './earlyRead';
import type { ReadProgress } from './readDataset';

/** A stand-in worker: records what it is sent, says what the test makes it say. */
function fakeWorker() {
  const target = new EventTarget();
  const sent: WorkerRequest[] = [];
  let terminated = false;
  const worker = Object.assign(target, {
    postMessage: (m: WorkerRequest) => sent.push(m),
    terminate: () => {
      terminated = true;
    },
  }) as unknown as Worker;
  return {
    worker,
    sent,
    terminated: () => terminated,
    say: (reply: WorkerReply) => target.dispatchEvent(new MessageEvent('message', { data: reply })),
    fail: () => target.dispatchEvent(new Event('error', { cancelable: true })),
  };
}

const URL_ = 'https://example.org/deals.json';
const ready = { state: 'ready', source: URL_, dataset: { companies: [], deals: [] } };

afterEach(() => {
  claimEarlyRead(null);
});

describe('the early read', () => {
  it('starts only for a web address in data=', () => {
    expect(earlyDataUrl(`?data=${encodeURIComponent(URL_)}&company=x`)).toBe(URL_);
    expect(earlyDataUrl('?data=local')).toBeNull();
    expect(earlyDataUrl('?data=javascript:alert(1)')).toBeNull();
    expect(earlyDataUrl('?company=openai')).toBeNull();
    // Only what the session accepts too (state/url.ts): one value, not too long.
    expect(
      earlyDataUrl(`?data=${encodeURIComponent(URL_)}&data=${encodeURIComponent(URL_)}`),
    ).toBeNull();
    expect(earlyDataUrl(`?data=${encodeURIComponent(`${URL_}?${'x'.repeat(5000)}`)}`)).toBeNull();
    const w = fakeWorker();
    expect(beginEarlyRead('?data=local', () => w.worker)).toBeNull();
    expect(w.sent).toEqual([]);
  });

  it('asks the worker for the URL at once', () => {
    const w = fakeWorker();
    expect(beginEarlyRead(`?data=${encodeURIComponent(URL_)}`, () => w.worker)?.url).toBe(URL_);
    expect(w.sent).toEqual([{ op: 'fetch', url: URL_ }]);
  });

  it('says when the worker has started: its first word, or a failure to start', async () => {
    const w = fakeWorker();
    const early = beginEarlyRead(`?data=${encodeURIComponent(URL_)}`, () => w.worker);
    let started = false;
    void early?.started.then(() => (started = true));
    await Promise.resolve();
    expect(started).toBe(false);
    w.say({ type: 'ready' });
    await early?.started;
    expect(started).toBe(true);
    claimEarlyRead(null);
    const broken = fakeWorker();
    const failed = beginEarlyRead(`?data=${encodeURIComponent(URL_)}`, () => broken.worker);
    broken.fail();
    await expect(failed?.started).resolves.toBeUndefined();
  });

  it('is adopted once, by the same URL; any other URL stops it', () => {
    const w = fakeWorker();
    beginEarlyRead(`?data=${encodeURIComponent(URL_)}`, () => w.worker);
    expect(claimEarlyRead(URL_)?.worker).toBe(w.worker);
    expect(claimEarlyRead(URL_)).toBeNull();
    const other = fakeWorker();
    beginEarlyRead(`?data=${encodeURIComponent(URL_)}`, () => other.worker);
    expect(claimEarlyRead('https://example.org/other.json')).toBeNull();
    expect(other.terminated()).toBe(true);
  });

  it('hands the client what the worker said before, in order, and sends nothing again', async () => {
    const w = fakeWorker();
    beginEarlyRead(`?data=${encodeURIComponent(URL_)}`, () => w.worker);
    w.say({ type: 'ready' });
    w.say({ type: 'progress', progress: { phase: 'download', loaded: 10, total: 100 } });
    w.say({ type: 'progress', progress: { phase: 'check' } });
    w.say({ type: 'done', value: ready });
    const progress: ReadProgress[] = [];
    const notStarted: StartWorker = () => {
      throw new Error('a second worker was started');
    };
    const status = await fetchDatasetOffThread(
      URL_,
      { onProgress: (p) => progress.push(p) },
      notStarted,
      claimEarlyRead(URL_),
    );
    expect(status).toEqual(ready);
    expect(progress.map((p) => p.phase)).toEqual(['download', 'check']);
    expect(w.sent).toHaveLength(1);
    expect(w.terminated()).toBe(true);
  });

  it('goes on listening after adoption', async () => {
    const w = fakeWorker();
    beginEarlyRead(`?data=${encodeURIComponent(URL_)}`, () => w.worker);
    const pending = fetchDatasetOffThread(URL_, {}, null, claimEarlyRead(URL_));
    w.say({ type: 'done', value: ready });
    await expect(pending).resolves.toEqual(ready);
  });

  it('falls back to the main thread when the early worker could not load its script', async () => {
    const w = fakeWorker();
    const bad = 'http://'; // not a URL: the fallback answers without any network
    beginEarlyRead(`?data=${encodeURIComponent(bad)}`, () => w.worker);
    w.fail();
    const status = await fetchDatasetOffThread(bad, {}, null, claimEarlyRead(bad));
    expect(status).toMatchObject({ state: 'error', source: bad });
  });

  it('is stopped when the read is cancelled', async () => {
    const w = fakeWorker();
    beginEarlyRead(`?data=${encodeURIComponent(URL_)}`, () => w.worker);
    const controller = new AbortController();
    const pending = fetchDatasetOffThread(
      URL_,
      { signal: controller.signal },
      null,
      claimEarlyRead(URL_),
    );
    controller.abort();
    await expect(pending).rejects.toThrow('cancelled');
    expect(w.terminated()).toBe(true);
  });
});
