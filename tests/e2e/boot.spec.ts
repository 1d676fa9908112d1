/**
 * The first picture sooner (docs/performance.md, "The first picture"): the
 * page's boot module starts reading a data= link before the app has arrived,
 * the app adopts that read — one download, one worker, the same messages —
 * and the bundled data's layout comes from the layout cache, also when the
 * same file arrives by data=.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { graph } from './helpers';

const DATA = 'https://data.example/deals.json';
const bundledText = readFileSync(
  new URL('../../data/ai-circular-deals.json', import.meta.url),
  'utf8',
);

/** Serves `body` at DATA and counts the requests for it. */
async function serve(page: Page, body: string): Promise<() => number> {
  let requests = 0;
  await page.route(DATA, (route) => {
    requests++;
    return route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body,
    });
  });
  return () => requests;
}

test('a data= link is read once: the app adopts the read its boot began', async ({ page }) => {
  const requests = await serve(page, bundledText);
  // The app's code arrives late (as on a slow line); the data must not wait for it.
  let appServed = false;
  let dataAskedBeforeApp: boolean | null = null;
  page.on('request', (r) => {
    if (r.url() === DATA && dataAskedBeforeApp === null) dataAskedBeforeApp = !appServed;
  });
  await page.route(/\/assets\/[^/]*\.js$/, async (route) => {
    const response = await route.fetch();
    // The app's code (React and all) is the big chunk; the boot module is tiny.
    if ((await response.body()).length > 100_000) {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      appServed = true;
    }
    return route.fulfill({ response });
  });
  await page.goto(`./?intro=off&data=${encodeURIComponent(DATA)}`);
  await expect(graph(page)).toBeVisible();
  await expect(page.locator('.graph')).toHaveAttribute('data-layout', 'settled');
  expect(dataAskedBeforeApp).toBe(true);
  expect(requests()).toBe(1);
  const marks = await page.evaluate(() =>
    ['ct:dataset-read', 'ct:first-picture'].map((n) => performance.getEntriesByName(n).length),
  );
  expect(marks).toEqual([1, 1]);
});

test('a bad data= link read at boot still gives its located error, once', async ({ page }) => {
  const bad = JSON.parse(bundledText) as { deals: { to: string }[] };
  if (bad.deals[3]) bad.deals[3].to = 'nvidai';
  const requests = await serve(page, JSON.stringify(bad));
  await page.goto(`./?data=${encodeURIComponent(DATA)}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('not a valid circular-trade dataset');
  await expect(alert).toContainText('deals[3].to: unknown company "nvidai"');
  expect(requests()).toBe(1);
  await expect(page.locator('.graph-surface')).toHaveCount(0);
});

test('the embed reads its data= link once too', async ({ page }) => {
  const requests = await serve(page, bundledText);
  await page.goto(`./embed.html?data=${encodeURIComponent(DATA)}`);
  await expect(graph(page)).toBeVisible();
  await expect(page.locator('.graph')).toHaveAttribute('data-layout', 'settled');
  expect(requests()).toBe(1);
});

test('the bundled data is laid out from the layout cache, by data= too', async ({ page }) => {
  await page.goto('./?intro=off');
  await expect(page.locator('.graph')).toHaveAttribute('data-layout-cache', 'hit');
  await expect(page.locator('.graph')).toHaveAttribute('data-layout-mode', 'sync');
  await serve(page, bundledText);
  await page.goto(`./?intro=off&data=${encodeURIComponent(DATA)}`);
  await expect(page.locator('.graph')).toHaveAttribute('data-layout-cache', 'hit');
  // Any other data is laid out as before.
  const other = JSON.parse(bundledText) as { deals: { amountUsd?: number | null }[] };
  const first = other.deals.find((d) => d.amountUsd);
  if (first?.amountUsd) first.amountUsd *= 2;
  await page.unroute(DATA);
  await serve(page, JSON.stringify(other));
  await page.goto(`./?intro=off&data=${encodeURIComponent(DATA)}`);
  await expect(page.locator('.graph')).toHaveAttribute('data-layout-cache', 'miss');
  await expect(page.locator('.graph')).toHaveAttribute('data-layout', 'settled');
});

test('a worker started for a URL downloads it at once, before its request arrives, and only a web address', async ({
  page,
}) => {
  const requests = await serve(page, bundledText);
  // Anything else asked of the data's host (the address with a space, encoded).
  let others = 0;
  await page.route(/^https:\/\/data\.example\/(?!deals\.json$)/, (route) => {
    others++;
    return route.abort();
  });
  await page.goto(`./?intro=off&data=${encodeURIComponent(DATA)}`);
  await expect(page.locator('.graph')).toHaveAttribute('data-layout', 'settled');
  expect(requests()).toBe(1);
  // The dataset worker's script, as the page loaded it.
  const script = await page.evaluate(
    () =>
      performance
        .getEntriesByType('resource')
        .map((r) => r.name)
        .find((n) => /datasetWorker-[^/]*\.js$/.test(n)) ?? null,
  );
  expect(script).not.toBeNull();
  // Named for the URL and sent nothing: its first module downloads the file
  // while the validator is still being evaluated (datasetWorkerReady.ts).
  await page.evaluate(
    ([src, url]) => {
      const w = window as unknown as { __kept: Worker[] };
      w.__kept = [
        new Worker(src as string, { type: 'module', name: `dataset fetch ${url}` }),
        // Not an address fetchDataset would ask for (a space): no request.
        new Worker(src as string, { type: 'module', name: `dataset fetch ${url} x` }),
      ];
    },
    [script, DATA],
  );
  await expect.poll(requests, { timeout: 5_000 }).toBe(2);
  await page.waitForTimeout(500);
  expect(requests()).toBe(2);
  expect(others).toBe(0);
});
