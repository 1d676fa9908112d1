/**
 * Issue 13, the map as one keyboard stop: one company is tabbable, the arrow
 * keys move to the nearest company that way on screen, Home/End go to the
 * first/last in reading order, Enter selects, Shift+Enter asks for money
 * paths, D steps through a company's deals, and each company is described.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openBlog, settleBlog } from './blog';
import { graph, openApp, watchErrors } from './helpers';

const buttons = (scope: Page | Locator) => scope.locator('.graph-a11y [data-node-id]');

/** The focused element, described for a failure message; 'BODY' when focus fell out. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'BODY';
    return `${el.tagName.toLowerCase()}|${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? ''}`;
  });

/** The focused company's id and its centre on screen, or null when no company has focus. */
const focusedCompany = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const id = el?.dataset.nodeId;
    if (!el || id == null) return null;
    const r = el.getBoundingClientRect();
    return {
      id,
      name: el.getAttribute('aria-label') ?? '',
      x: r.x + r.width / 2,
      y: r.y + r.height / 2,
    };
  });

/** Centres of every company button on screen, by id. */
const centres = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.graph-a11y [data-node-id]')].map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.dataset.nodeId ?? '', x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }),
  );

/** Waits until the layout has settled, so that positions hold still between presses. */
async function settled(page: Page) {
  await expect(page.locator('.graph[data-layout="settled"]')).toHaveCount(1, { timeout: 15_000 });
}

async function tabIntoMap(page: Page) {
  const stop = page.locator('.graph-a11y [data-node-id][tabindex="0"]');
  await stop.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(stop).toBeFocused();
  return stop;
}

test('the map is one Tab stop: Tab enters at one company and the next Tab leaves it', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  const all = buttons(page);
  expect(await all.count()).toBeGreaterThan(30);
  await expect(page.locator('.graph-a11y [data-node-id][tabindex="0"]')).toHaveCount(1);
  expect(await page.locator('.graph-a11y [data-node-id][tabindex="-1"]').count()).toBe(
    (await all.count()) - 1,
  );
  // With nothing selected, the stop is the biggest company (the scene is biggest first).
  const stop = page.locator('.graph-a11y [data-node-id][tabindex="0"]');
  const radii = await all.evaluateAll((els) =>
    els.map((el) => Number((el as HTMLElement).style.getPropertyValue('--r'))),
  );
  const r = Number(await stop.evaluate((el) => (el as HTMLElement).style.getPropertyValue('--r')));
  expect(r).toBe(Math.max(...radii));

  // From the control before the map: one Tab onto a company, one more off the map.
  await stop.focus();
  await page.keyboard.press('Shift+Tab');
  const before = await focused(page);
  expect(before).not.toBe('BODY');
  expect(await focusedCompany(page)).toBeNull();
  await page.keyboard.press('Tab');
  await expect(stop).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await focusedCompany(page)).toBeNull();
  expect(await focused(page)).not.toBe('BODY');
  // And back: Shift+Tab returns to the same company, not the last one in the DOM.
  await page.keyboard.press('Shift+Tab');
  await expect(stop).toBeFocused();
  expect(errors).toEqual([]);
});

test('a selected company is where Tab enters the map', async ({ page }) => {
  await openApp(page, '?company=oracle');
  await expect(page.locator('.graph-a11y [data-node-id][tabindex="0"]')).toHaveAttribute(
    'data-node-id',
    'oracle',
  );
  await expect(page.locator('.graph-a11y [tabindex="0"]')).toHaveCount(1);
});

test('arrow keys move to the nearest company that way on screen; Home and End', async ({
  page,
}) => {
  await openApp(page);
  await settled(page);
  await tabIntoMap(page);
  const points = await centres(page);

  for (const [key, axis, sign] of [
    ['ArrowRight', 'x', 1],
    ['ArrowDown', 'y', 1],
    ['ArrowLeft', 'x', -1],
    ['ArrowUp', 'y', -1],
  ] as const) {
    const from = await focusedCompany(page);
    if (!from) throw new Error('no company focused');
    const ahead = points.filter((p) => (p[axis] - from[axis]) * sign > 0.5);
    await page.keyboard.press(key);
    const to = await focusedCompany(page);
    if (!to) throw new Error(`${key} left the map: ${await focused(page)}`);
    if (ahead.length === 0) expect(to.id).toBe(from.id);
    else {
      expect(to.id, `${key} from ${from.name}`).not.toBe(from.id);
      expect((to[axis] - from[axis]) * sign, `${key} from ${from.name}`).toBeGreaterThan(0);
    }
  }

  // Several steps right always go right, and focus stays on the map.
  for (let i = 0; i < 4; i++) {
    const from = await focusedCompany(page);
    await page.keyboard.press('ArrowRight');
    const to = await focusedCompany(page);
    expect(to).not.toBeNull();
    if (from && to && to.id !== from.id) expect(to.x).toBeGreaterThan(from.x);
  }

  // Home: the top-left-most company in reading order; End: the bottom-most row's last.
  await page.keyboard.press('Home');
  const home = await focusedCompany(page);
  const top = Math.min(...points.map((p) => p.y));
  expect(home).not.toBeNull();
  expect(home?.y ?? Infinity).toBeLessThanOrEqual(top + 24);
  await page.keyboard.press('End');
  const end = await focusedCompany(page);
  const bottom = Math.max(...points.map((p) => p.y));
  expect(end?.y ?? -Infinity).toBeGreaterThanOrEqual(bottom - 24);
  // The company reached becomes the Tab stop.
  await expect(page.locator('.graph-a11y [data-node-id][tabindex="0"]')).toHaveAttribute(
    'data-node-id',
    end?.id ?? '',
  );
  await expect(page.locator('.graph-a11y [tabindex="0"]')).toHaveCount(1);
  // Arrows on the map do not scroll the page.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('a company reached off screen is brought into view', async ({ page }) => {
  await openApp(page);
  await settled(page);
  await tabIntoMap(page);
  // Zoom right in: most companies are now off the map's box.
  for (let i = 0; i < 5; i++) await page.keyboard.press('+');
  await page.waitForTimeout(800);
  const box = await graph(page).boundingBox();
  if (!box) throw new Error('no map box');
  const inside = (p: { x: number; y: number }) =>
    p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;
  await page.keyboard.press('End');
  await expect
    .poll(async () => {
      const p = await focusedCompany(page);
      return p ? inside(p) : false;
    })
    .toBe(true);
  await page.keyboard.press('Home');
  await expect
    .poll(async () => {
      const p = await focusedCompany(page);
      return p ? inside(p) : false;
    })
    .toBe(true);
});

test('Enter selects the focused company, Shift+Enter asks for money paths to another', async ({
  page,
}) => {
  await openApp(page);
  const nvidia = graph(page).getByRole('button', { name: 'Nvidia', exact: true });
  await nvidia.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Nvidia' })).toBeVisible();
  await expect(nvidia).toHaveAttribute('aria-pressed', 'true');
  expect(await focused(page)).not.toBe('BODY');

  const oracle = graph(page).getByRole('button', { name: 'Oracle', exact: true });
  await oracle.focus();
  await page.keyboard.press('Shift+Enter');
  await expect(page.getByRole('region', { name: 'Money paths' })).toContainText(
    'from Nvidia to Oracle',
  );
  await expect(oracle).toHaveAttribute('aria-pressed', 'true');
  expect(await focused(page)).not.toBe('BODY');

  // Space selects too.
  const msft = graph(page).getByRole('button', { name: 'Microsoft', exact: true });
  await msft.focus();
  await page.keyboard.press(' ');
  await expect(page.getByRole('heading', { level: 2, name: 'Microsoft' })).toBeVisible();
  expect(await focused(page)).not.toBe('BODY');
});

test('D steps through a company’s deals, lighting each arrow and saying it', async ({ page }) => {
  await openApp(page);
  const live = page.locator('[data-graph-live]');
  const nvidia = graph(page).getByRole('button', { name: 'Nvidia', exact: true });
  await nvidia.focus();
  const hot = graph(page).locator('.edge.is-hot');

  await page.keyboard.press('d');
  await expect(hot).toHaveCount(1);
  const first = await hot.getAttribute('data-edge-id');
  await expect(live).toHaveText(/^Nvidia → .+, .+, 1 of \d+$/);
  const total = Number((await live.textContent())?.match(/of (\d+)$/)?.[1]);
  expect(total).toBeGreaterThan(2);

  await page.keyboard.press('d');
  await expect(hot).toHaveCount(1);
  await expect(hot).not.toHaveAttribute('data-edge-id', first ?? '');
  const second = await hot.getAttribute('data-edge-id');
  await expect(live).toHaveText(new RegExp(`, 2 of ${total}$`));

  // Shift+D goes back.
  await page.keyboard.press('Shift+D');
  await expect(hot).toHaveAttribute('data-edge-id', first ?? '');
  await expect(live).toHaveText(new RegExp(`, 1 of ${total}$`));
  // …and wraps round to the last.
  await page.keyboard.press('Shift+D');
  await expect(live).toHaveText(new RegExp(`, ${total} of ${total}$`));
  await expect(hot).not.toHaveAttribute('data-edge-id', second ?? '');

  // Every deal of the company is reached, each arrow once.
  const seen = new Set<string>();
  for (let i = 0; i < total; i++) {
    await page.keyboard.press('d');
    await expect(live).toHaveText(new RegExp(`, ${i + 1} of ${total}$`));
    seen.add((await hot.getAttribute('data-edge-id')) ?? '');
  }
  expect(seen.size).toBe(total);

  // Escape stops it: nothing is lit any more, focus stays on Nvidia, nothing was selected.
  await page.keyboard.press('Escape');
  await expect(hot).toHaveCount(0);
  await expect(nvidia).toBeFocused();
  await expect(nvidia).toHaveAttribute('aria-pressed', 'false');

  // Enter on a deal reached with D opens that deal.
  await page.keyboard.press('d');
  const deal = await hot.getAttribute('data-edge-id');
  await page.keyboard.press('Enter');
  await expect(graph(page).locator('.edge.is-selected')).toHaveAttribute(
    'data-edge-id',
    deal ?? '',
  );
  expect(await focused(page)).not.toBe('BODY');
});

test('D on a company with its details open lights the deal’s row in the panel', async ({
  page,
}) => {
  await openApp(page, '?company=microsoft');
  const msft = graph(page).getByRole('button', { name: 'Microsoft', exact: true });
  await msft.focus();
  await page.keyboard.press('d');
  const id = await graph(page).locator('.edge.is-hot').getAttribute('data-edge-id');
  // D walks the deals in the order the details list them: the first "Money out" row.
  const firstRow = page
    .getByRole('region', { name: /^Money out/ })
    .locator('.deal-row')
    .first();
  await expect(firstRow).toHaveAttribute('data-map-hover', '');
  await expect(firstRow.locator(`[data-deal-id="${id ?? ''}"]`)).toHaveCount(1);
  // The first Escape stops the deals and keeps the selection; the second clears it.
  await page.keyboard.press('Escape');
  await expect(graph(page).locator('.edge.is-hot').first()).toBeAttached();
  await expect(firstRow).not.toHaveAttribute('data-map-hover', '');
  await expect(msft).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { level: 2, name: 'Microsoft' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(msft).toHaveAttribute('aria-pressed', 'false');
  await expect(msft).toBeFocused();
});

test('a company button is described: kind, firm money out and in, loops', async ({ page }) => {
  await openApp(page);
  const msft = graph(page).getByRole('button', { name: 'Microsoft', exact: true });
  await msft.focus();
  const describedBy = await msft.getAttribute('aria-describedby');
  expect(describedBy).toBeTruthy();
  const description = page.locator(`[id="${describedBy ?? ''}"]`);
  await expect(description).toHaveText(/Cloud.*Pays out \$[\d.]+[KMBT]? firm/);
  await expect(description).toHaveText(/receives \$[\d.]+[KMBT]? firm/);
  await expect(description).toHaveText(/\d+ money loops?\./);
  await expect(msft).toHaveAccessibleDescription(/Pays out .* money loop/);

  // The loop count is the one the details give once Microsoft is selected.
  await page.keyboard.press('Enter');
  const summary = page
    .getByRole('region', { name: 'Money loops' })
    .locator('.loops-summary strong');
  const count = (await summary.textContent()) ?? '';
  await msft.focus();
  await expect(msft).toHaveAccessibleDescription(
    new RegExp(`\\b${count.replace('+', '\\+')} money loop`),
  );

  // Another company: the shared description now speaks of it, and only it is described by it.
  const nvidia = graph(page).getByRole('button', { name: 'Nvidia', exact: true });
  await nvidia.focus();
  await expect(nvidia).toHaveAccessibleDescription(/Chips & hardware.*Pays out/);
  await expect(msft).not.toHaveAttribute('aria-describedby', /.+/);
});

test('keys on the map never drop focus to <body>', async ({ page }) => {
  await openApp(page);
  await settled(page);
  await tabIntoMap(page);
  for (const key of [
    'ArrowRight',
    'ArrowDown',
    'Home',
    'End',
    'd',
    'Shift+D',
    'Escape',
    'Enter',
    'ArrowLeft',
    'Shift+Enter',
    'Escape',
    'Escape',
  ]) {
    await page.keyboard.press(key);
    await page.waitForTimeout(60);
    expect(await focused(page), `after ${key}`).not.toBe('BODY');
  }
});

test('the embed has the same keyboard model, inside its own shadow root', async ({ page }) => {
  await openBlog(page);
  await settleBlog(page);
  const el = page.locator('circular-trade-graph#first');
  const all = el.locator('.graph-a11y [data-node-id]');
  await expect(el.locator('.graph-a11y [data-node-id][tabindex="0"]')).toHaveCount(1);
  expect(await all.count()).toBeGreaterThan(10);
  const stop = el.locator('.graph-a11y [data-node-id][tabindex="0"]');
  await stop.focus();
  const start = await stop.getAttribute('data-node-id');
  const activeId = () =>
    el.evaluate(
      (host) => (host.shadowRoot?.activeElement as HTMLElement | null)?.dataset.nodeId ?? null,
    );
  let moved = false;
  for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp']) {
    await page.keyboard.press(key);
    if ((await activeId()) !== start) {
      moved = true;
      break;
    }
  }
  expect(moved).toBe(true);
  await expect(el.locator('.graph-a11y [tabindex="0"]')).toHaveCount(1);
  // The iframe embed too.
  const frame = page.frameLocator('#ct-test');
  await expect(frame.locator('.graph-a11y [data-node-id][tabindex="0"]')).toHaveCount(1);
  await expect(frame.locator('.graph-a11y [data-node-id][tabindex="0"]')).toHaveAttribute(
    'data-node-id',
    'microsoft',
  );
});
