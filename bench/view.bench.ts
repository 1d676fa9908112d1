/**
 * `npm run bench:view` — the map beside force-graph (vasturiano's canvas force
 * graph) on the same seeded datasets: the bundled one, 1,000 and 5,000
 * companies (tests/fixtures/generate.ts, 4 deals per company). It builds the
 * site, serves dist/ on 127.0.0.1, and in headless Chromium runs the app and
 * the peer page (bench/peer.html) alternately, RUNS times each, then prints a
 * table of medians and app/peer ratios:
 *
 * - navigation → dataset read (`ct:dataset-read`: in the app, the `data=` file
 *   downloaded, parsed and checked in the dataset worker; in the peer,
 *   downloaded and parsed): the floor under each one's first picture;
 * - navigation → first picture (`ct:first-picture`), → settled (`ct:settled`);
 * - the longest main-thread task after the first picture (Long Tasks API);
 * - pan/zoom frame p50 / p95: requestAnimationFrame intervals during 60 drag
 *   moves and 20 wheel steps on the settled map;
 * - hover → repaint (app): pointer onto a company until the frame after its
 *   neighbourhood is emphasised;
 * - click a hub → loops listed (app): the biggest company, until its loops are
 *   listed and the frame after;
 * - Enter on a hub while settling → loops listed (app): the same answer, asked
 *   from the keyboard a second after the first picture, while a big layout
 *   still moves.
 *
 * Not part of `npm test`. The machine is shared: run it under the browser
 * lock (`flock /tmp/ct-browser.lock npm run bench:view`) and say how loaded it
 * was with the figures. RUNS=n changes the number of runs.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { chromium, type Page } from '@playwright/test';
import { launchOptions } from '../tests/chromium';
import { generateDataset } from '../tests/fixtures/generate';

const ROOT = resolve(import.meta.dirname, '..');
/** PORT=… serves on another port (4473 is the one the machine's engineers share under the lock). */
const PORT = Number(process.env.PORT ?? 4473);
const BASE = `http://127.0.0.1:${PORT}/`;
const RUNS = Number(process.env.RUNS ?? 3);
const SETTLE_TIMEOUT = 120_000;

/**
 * `own`: the app at its own address, which shows the bundled data from the
 * site's chunk, as a reader opening the site sees it (the peer still reads the
 * file). The other rows give both the same file by `data=`.
 */
const ALL = [
  { label: 'bundled data', file: 'bench/bundled.json', size: 0 },
  { label: "bundled data, app's own address", file: 'bench/bundled.json', size: 0, own: true },
  { label: '1,000 companies', file: 'bench/book-1000.json', size: 1000 },
  { label: '5,000 companies', file: 'bench/book-5000.json', size: 5000 },
];
/** ONLY=0,1000 runs some of them (0 is the bundled data). */
const only = process.env.ONLY?.split(',').map(Number);
const datasets = only ? ALL.filter((d) => only.includes(d.size)) : ALL;

function prepare() {
  const dir = resolve(ROOT, 'dist/bench');
  mkdirSync(dir, { recursive: true });
  copyFileSync(resolve(ROOT, 'data/ai-circular-deals.json'), resolve(dir, 'bundled.json'));
  for (const d of datasets)
    if (d.size)
      writeFileSync(resolve(ROOT, 'dist', d.file), JSON.stringify(generateDataset(d.size)));
  copyFileSync(resolve(ROOT, 'bench/peer.html'), resolve(dir, 'peer.html'));
  copyFileSync(
    resolve(ROOT, 'node_modules/force-graph/dist/force-graph.min.js'),
    resolve(dir, 'force-graph.min.js'),
  );
}

interface Sample {
  /** Navigation → the dataset read (checked, in the app) and in the page's hands. */
  read: number;
  first: number;
  settled: number;
  longTask: number;
  p50: number;
  p95: number;
  hover: number;
  click: number;
  /** Enter on the hub's button while the layout still moves → its loops listed. */
  busyClick: number;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
const median = (xs: number[]) => quantile(xs.filter(Number.isFinite), 0.5);

async function observe(page: Page) {
  // tsx names functions with an `__name` helper that the page does not have.
  await page.addInitScript('window.__name = (f) => f;');
  await page.addInitScript(() => {
    const w = window as unknown as { __tasks: { start: number; duration: number }[] };
    w.__tasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          w.__tasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // no Long Tasks API
    }
  });
}

const mark = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN, name);

/** rAF intervals while `gesture` runs. */
async function frames(page: Page, gesture: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__frames = [];
    w.__stop = false;
    let last = performance.now();
    const step = (now: number) => {
      w.__frames.push(now - last);
      last = now;
      if (!w.__stop) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  await gesture();
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__stop = true;
    return w.__frames.slice(1);
  });
}

async function run(page: Page, url: string, app: boolean): Promise<Sample> {
  await observe(page);
  await page.goto(url);
  let busyClick = NaN;
  if (app) busyClick = await selectWhileSettling(page);
  await page.waitForFunction(() => performance.getEntriesByName('ct:settled').length > 0, null, {
    timeout: SETTLE_TIMEOUT,
    polling: 100,
  });
  const read = await mark(page, 'ct:dataset-read');
  const first = await mark(page, 'ct:first-picture');
  const settled = await mark(page, 'ct:settled');
  await page.waitForTimeout(300);
  const longTask = await page.evaluate(
    (after) =>
      Math.max(
        0,
        ...(window as unknown as { __tasks: { start: number; duration: number }[] }).__tasks
          .filter((t) => t.start >= after)
          .map((t) => t.duration),
      ),
    first,
  );
  // The pan starts on empty map in both (a drag that starts on a company moves
  // that company and reheats the layout, which is not a pan).
  const { x: cx, y: cy } = await emptySpot(page, app);
  const intervals = await frames(page, async () => {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 1; i <= 60; i++) await page.mouse.move(cx + i * 3, cy + i * 2);
    await page.mouse.up();
    for (let i = 0; i < 20; i++) await page.mouse.wheel(0, i % 2 ? 60 : -60);
  });
  let hover = NaN;
  let click = NaN;
  if (app) {
    // The hub: the company with the biggest dot (its button is the widest).
    const hubId = await page.evaluate(() => {
      let best = { id: '', w: -1 };
      for (const el of document.querySelectorAll<HTMLElement>('.graph-a11y [data-node-id]')) {
        const w = Number(el.style.getPropertyValue('--r'));
        if (w > best.w) best = { id: el.dataset.nodeId ?? '', w };
      }
      return best.id;
    });
    await page.mouse.move(2, 2);
    await page.waitForTimeout(200);
    // A point of the hub's button that no other button covers (at 5,000
    // companies their targets overlap), so the pointer lands on the hub.
    const b = await page.evaluate((id) => {
      const el = document.querySelector(`.graph-a11y [data-node-id="${id}"]`);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      for (let f = 0; f <= 0.45; f += 0.05)
        for (const [dx, dy] of [
          [0, 0],
          [1, 0],
          [-1, 0],
          [0, 1],
          [0, -1],
          [1, 1],
          [-1, -1],
          [1, -1],
          [-1, 1],
        ]) {
          const x = r.left + r.width * (0.5 + f * (dx ?? 0));
          const y = r.top + r.height * (0.5 + f * (dy ?? 0));
          const hit = document.elementFromPoint(x, y);
          if (hit === el) return { x: x - 1, y: y - 1, width: 2, height: 2 };
        }
      return null;
    }, hubId);
    if (b) {
      // Both are timed in the page, from the input event's timestamp to the
      // frame after the answer is on screen, so the browser driver's own round
      // trips do not count.
      const watch = (kind: 'hover' | 'click') =>
        page.evaluate(
          ({ id, kind }) => {
            const el = document.querySelector(`.graph-a11y [data-node-id="${id}"]`);
            const w = window as unknown as { __answer: Promise<number> };
            w.__answer = new Promise<number>((done) => {
              let start = NaN;
              const type = kind === 'hover' ? 'pointerover' : 'click';
              document.addEventListener(
                type,
                (e) => {
                  if (e.target === el || el?.contains(e.target as Node)) start = e.timeStamp;
                },
                { capture: true },
              );
              const answered = () => {
                if (kind === 'hover') return el?.classList.contains('is-hot') ?? false;
                const h = document.querySelector('section.loops h3')?.textContent;
                return (
                  h === 'Money loops' &&
                  !!document.querySelector('section.loops li') &&
                  el?.getAttribute('aria-pressed') === 'true'
                );
              };
              const until = performance.now() + 20_000;
              const check = () => {
                if (!Number.isNaN(start) && answered())
                  requestAnimationFrame(() => done(performance.now() - start));
                else if (performance.now() > until) done(NaN);
                else requestAnimationFrame(check);
              };
              requestAnimationFrame(check);
            });
          },
          { id: hubId, kind },
        );
      const answer = () =>
        page.evaluate(() => (window as unknown as { __answer: Promise<number> }).__answer);
      await watch('hover');
      await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
      hover = await answer();
      await page.mouse.move(2, 2);
      await page.waitForTimeout(300);
      await watch('click');
      await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
      // No answer within 20 s counts as not measured, not as a failed run.
      click = await answer();
    }
  }
  return {
    read,
    first,
    settled,
    longTask,
    p50: quantile(intervals, 0.5),
    p95: quantile(intervals, 0.95),
    hover,
    click,
    busyClick,
  };
}

/**
 * A second after the first picture, while a big layout still settles: focus
 * the biggest company's button and press Enter (a real key event, so a busy
 * main thread delays it as it would a reader's), timed from the key event's
 * timestamp to the frame after its loops are listed. Then Escape clears it.
 * NaN when the layout has already settled (the bundled data settles at once).
 */
async function selectWhileSettling(page: Page): Promise<number> {
  await page.waitForFunction(
    () => performance.getEntriesByName('ct:first-picture').length > 0,
    null,
    {
      timeout: SETTLE_TIMEOUT,
      polling: 50,
    },
  );
  await page.waitForTimeout(1000);
  const id = await page.evaluate(() => {
    if (document.querySelector('.graph[data-layout="settled"]')) return null;
    let best = { el: null as HTMLElement | null, w: -1 };
    for (const el of document.querySelectorAll<HTMLElement>('.graph-a11y [data-node-id]')) {
      const w = Number(el.style.getPropertyValue('--r'));
      if (w > best.w) best = { el, w };
    }
    best.el?.focus({ preventScroll: true });
    const w = window as unknown as { __busy: Promise<number> };
    const el = best.el;
    w.__busy = new Promise<number>((done) => {
      let start = NaN;
      document.addEventListener(
        'keydown',
        (e) => {
          if (e.key === 'Enter') start = e.timeStamp;
        },
        { capture: true, once: true },
      );
      const until = performance.now() + 20_000;
      const check = () => {
        const listed =
          document.querySelector('section.loops h3')?.textContent === 'Money loops' &&
          !!document.querySelector('section.loops li') &&
          el?.getAttribute('aria-pressed') === 'true';
        if (!Number.isNaN(start) && listed)
          requestAnimationFrame(() => done(performance.now() - start));
        else if (performance.now() > until) done(NaN);
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    return el?.dataset.nodeId ?? null;
  });
  if (!id) return NaN;
  await page.keyboard.press('Enter');
  const ms = await page.evaluate(() => (window as unknown as { __busy: Promise<number> }).__busy);
  await page.keyboard.press('Escape');
  return ms;
}

/**
 * The point of a grid over the map farthest from every company (screen
 * pixels), leaving room for the drag (+180, +120) inside the map's box.
 */
async function emptySpot(page: Page, app: boolean): Promise<{ x: number; y: number }> {
  return page.evaluate((isApp) => {
    let box = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
    const centres: { x: number; y: number }[] = [];
    if (isApp) {
      const s = document.querySelector('.graph-surface')?.getBoundingClientRect();
      if (s) box = { left: s.left, top: s.top, right: s.right, bottom: s.bottom };
      for (const el of document.querySelectorAll('.graph-a11y [data-node-id]')) {
        const r = el.getBoundingClientRect();
        centres.push({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
      }
    } else {
      type FG = {
        graphData(): { nodes: { x: number; y: number }[] };
        graph2ScreenCoords(x: number, y: number): { x: number; y: number };
      };
      const g = (window as unknown as { __graph: FG }).__graph;
      for (const n of g.graphData().nodes) centres.push(g.graph2ScreenCoords(n.x, n.y));
    }
    let best = { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2, d: -1 };
    for (let x = box.left + 20; x < box.right - 200; x += 10)
      for (let y = box.top + 20; y < box.bottom - 140; y += 10) {
        let d = Infinity;
        for (const c of centres) d = Math.min(d, Math.hypot(c.x - x, c.y - y));
        if (d > best.d) best = { x, y, d };
      }
    return { x: best.x, y: best.y };
  }, app);
}

const fmt = (ms: number) =>
  !Number.isFinite(ms) ? '—' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
const ratio = (a: number, b: number) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—';

async function main() {
  prepare();
  const taken = await fetch(BASE).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${PORT} is already served: stop that server first`);
  // vite itself, not through npx: killing npx left its vite child serving the
  // port, and the next run (from another checkout) silently measured that dist.
  const server = spawn(
    resolve(ROOT, 'node_modules/.bin/vite'),
    ['preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    { cwd: ROOT, stdio: 'ignore' },
  );
  try {
    for (let i = 0; i < 60; i++) {
      const ok = await fetch(BASE).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const browser = await chromium.launch(launchOptions);
    const load = loadavg()[0]?.toFixed(1);
    console.log(`bench:view · ${RUNS} runs each · load average ${load} at start`);
    const rows: string[] = [];
    for (const d of datasets) {
      const dataUrl = `${BASE}${d.file}`;
      const app: Sample[] = [];
      const peer: Sample[] = [];
      for (let r = 0; r < RUNS; r++)
        for (const which of r % 2 ? ['peer', 'app'] : ['app', 'peer']) {
          const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
          try {
            const s =
              which === 'app'
                ? await run(
                    page,
                    d.own ? BASE : `${BASE}?data=${encodeURIComponent(dataUrl)}`,
                    true,
                  )
                : await run(
                    page,
                    `${BASE}bench/peer.html?data=${encodeURIComponent(dataUrl)}`,
                    false,
                  );
            (which === 'app' ? app : peer).push(s);
            console.log(
              d.label,
              which,
              JSON.stringify(s, (_, v: unknown) => (typeof v === 'number' ? Math.round(v) : v)),
            );
          } catch (e) {
            console.log(d.label, which, 'failed:', String(e).split('\n')[0]);
          } finally {
            await page.close();
          }
        }
      const m = (xs: Sample[], k: keyof Sample) => median(xs.map((s) => s[k]));
      const row = (name: string, k: keyof Sample) =>
        `| ${d.label} | ${name} | ${fmt(m(app, k))} | ${fmt(m(peer, k))} | ${ratio(m(app, k), m(peer, k))} |`;
      rows.push(
        row('navigation → dataset read', 'read'),
        row('navigation → first picture', 'first'),
        row('navigation → settled', 'settled'),
        row('longest main-thread task after first picture', 'longTask'),
        row('pan/zoom frame p50', 'p50'),
        row('pan/zoom frame p95', 'p95'),
        row('hover → repaint', 'hover'),
        row('click a hub → loops listed', 'click'),
        row('Enter on a hub while settling → loops listed', 'busyClick'),
      );
    }
    await browser.close();
    console.log(
      `\n| dataset | measure | app | force-graph | app/peer |\n|---|---|---|---|---|\n${rows.join('\n')}`,
    );
    console.log(
      `\nload average at end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
  } finally {
    server.kill();
  }
}

await main();
