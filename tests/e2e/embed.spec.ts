import { expect, test, type Page } from '@playwright/test';
import { APP, openBlog, settleBlog } from './blog';
import { watchErrors } from './helpers';

const frame = (page: Page) => page.frameLocator('#ct-test');
const element = (page: Page, id: string) => page.locator(`circular-trade-graph#${id}`);

test('the map renders in both forms on a blog post, with no console errors', async ({ page }) => {
  const errors = watchErrors(page);
  await openBlog(page);
  await expect(frame(page).getByRole('group', { name: /^Deal network/ })).toBeVisible();
  await expect(frame(page).getByRole('button', { name: 'Microsoft', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  for (const id of ['first', 'second'])
    await expect(element(page, id).getByRole('group', { name: /^Deal network/ })).toBeVisible();
  // The iframe's accessible name and lazy loading come from the snippet.
  const iframe = page.locator('#ct-test');
  await expect(iframe).toHaveAttribute('title', /Microsoft/);
  await expect(iframe).toHaveAttribute('aria-label', /Interactive map/);
  await expect(iframe).toHaveAttribute('loading', 'lazy');
  expect(errors).toEqual([]);
});

test('the iframe takes the height its content asks for', async ({ page }) => {
  await openBlog(page, 'company=microsoft', 420);
  await expect(frame(page).getByRole('group', { name: /^Deal network/ })).toBeVisible();
  const content = await frame(page)
    .locator('#root')
    .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  // The map is 420 px; the header and key add to it.
  expect(content).toBeGreaterThan(420);
  await expect
    .poll(async () => (await page.locator('#ct-test').boundingBox())?.height ?? 0)
    .toBeCloseTo(content, -0.5);
  // And it follows when the content grows (the drawer adds nothing: it overlays).
  await frame(page).getByRole('checkbox', { name: 'Investment' }).uncheck();
  await expect
    .poll(async () => (await page.locator('#ct-test').boundingBox())?.height ?? 0)
    .toBeCloseTo(content, -0.5);
});

test('the wheel over the embed scrolls the page, and says how to zoom', async ({ page }) => {
  await openBlog(page);
  const iframe = page.locator('#ct-test');
  await expect(frame(page).getByRole('group', { name: /^Deal network/ })).toBeVisible();
  const viewport = frame(page).locator('.graph-svg > g').first();
  const before = await viewport.getAttribute('transform');
  const box = await iframe.boundingBox();
  if (!box) throw new Error('no iframe box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const y0 = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(y0);
  await expect(viewport).toHaveAttribute('transform', before ?? '');
  await expect(frame(page).getByText(/ctrl \+ scroll/)).toBeVisible();

  // The same for a custom element.
  const el = element(page, 'first');
  await el.scrollIntoViewIfNeeded();
  const elBox = await el.boundingBox();
  if (!elBox) throw new Error('no element box');
  await page.mouse.move(elBox.x + elBox.width / 2, elBox.y + elBox.height / 2);
  const y1 = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(y1);

  // ctrl + wheel zooms (and does not scroll). The page has just scrolled under
  // the pointer (by as much as it could): aim at the element where it is now.
  const elViewport = el.locator('.graph-svg > g').first();
  const elBefore = await elViewport.getAttribute('transform');
  const now = await el.boundingBox();
  if (!now) throw new Error('no element box');
  await page.mouse.move(now.x + now.width / 2, now.y + now.height / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await expect(elViewport).not.toHaveAttribute('transform', elBefore ?? '');
});

test('two custom elements on one page do not affect each other', async ({ page }) => {
  await openBlog(page);
  await settleBlog(page);
  const first = element(page, 'first');
  const second = element(page, 'second');
  await expect(second.getByRole('button', { name: 'Nvidia', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // Scrolled first: Playwright's own scroll-then-click misses an SVG node inside a
  // shadow root (its click lands outside the viewport).
  await first.getByRole('button', { name: 'Anthropic', exact: true }).scrollIntoViewIfNeeded();
  await first.getByRole('button', { name: 'Anthropic', exact: true }).click();
  await expect(first.getByRole('button', { name: 'Anthropic', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(second.getByRole('button', { name: 'Anthropic', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(second.getByRole('button', { name: 'Nvidia', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // Escape in one clears only that one.
  await first.getByRole('button', { name: 'Anthropic', exact: true }).focus();
  await page.keyboard.press('Escape');
  await expect(first.getByRole('button', { name: 'Anthropic', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(second.getByRole('button', { name: 'Nvidia', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // A filter in one leaves the other alone.
  await first.getByRole('checkbox', { name: 'Investment' }).uncheck();
  await expect(second.getByRole('checkbox', { name: 'Investment' })).toBeChecked();
  // The page's own styles did not leak in: the label font is the app's, not Georgia.
  const font = await first
    .locator('.embed-title')
    .evaluate((el) => getComputedStyle(el).fontFamily);
  expect(font).not.toMatch(/Georgia/);
});

function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

test('theme=dark is dark, and light stays light', async ({ page }) => {
  await openBlog(page);
  const dark = await element(page, 'second')
    .locator('.ct-root')
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  const light = await element(page, 'first')
    .locator('.ct-root')
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(luminance(dark)).toBeLessThan(0.2);
  expect(luminance(light)).toBeGreaterThan(0.8);
  await page.goto(`${APP}embed.html?theme=dark`);
  const bg = await page.locator('#root').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(luminance(bg)).toBeLessThan(0.2);
});

test('theme=auto follows the reader’s system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${APP}embed.html`);
  await expect(page.getByRole('group', { name: /^Deal network/ })).toBeVisible();
  const bg = await page.locator('#root').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(luminance(bg)).toBeLessThan(0.2);
});

const BAD = 'https://data.example/deals.json';
const cases: {
  name: string;
  serve: (page: Page) => Promise<unknown>;
  message: RegExp;
}[] = [
  {
    name: 'network failure',
    serve: (page) => page.route(BAD, (r) => r.abort('internetdisconnected')),
    message: /Could not reach data\.example/,
  },
  {
    name: 'a reply that is not JSON',
    serve: (page) =>
      page.route(BAD, (r) =>
        r.fulfill({
          body: '<!doctype html><h1>Not found</h1>',
          contentType: 'text/html',
          headers: { 'access-control-allow-origin': '*' },
        }),
      ),
    message: /is not JSON \(it starts with "<!doctype html>/,
  },
  {
    name: 'an invalid dataset',
    serve: (page) =>
      page.route(BAD, (r) =>
        r.fulfill({
          json: { schemaVersion: 2, title: 'x' },
          headers: { 'access-control-allow-origin': '*' },
        }),
      ),
    message: /not a valid circular-trade dataset/,
  },
  {
    name: 'a 404',
    serve: (page) =>
      page.route(BAD, (r) =>
        r.fulfill({ status: 404, body: 'nope', headers: { 'access-control-allow-origin': '*' } }),
      ),
    message: /answered 404/,
  },
];

for (const c of cases)
  test(`a bad data= URL says so in the frame: ${c.name}`, async ({ page }) => {
    await c.serve(page);
    await page.goto(`${APP}embed.html?data=${encodeURIComponent(BAD)}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(c.message);
    // The frame still works: it offers the bundled data.
    await alert.getByRole('button', { name: 'Show the bundled dataset instead' }).click();
    await expect(page.getByRole('group', { name: /^Deal network/ })).toBeVisible();
  });

test('a bad data= URL says so in the frame: a server that refuses cross-origin requests', async ({
  page,
}) => {
  // A real server on another origin (the sub-path copy) that sends no CORS header.
  const url = 'http://127.0.0.1:4175/blog/assets/map/data/ai-circular-deals.json';
  await page.goto(`${APP}embed.html?data=${encodeURIComponent(url)}`);
  await expect(page.getByRole('alert')).toContainText(
    '127.0.0.1:4175 does not allow other sites to read this file',
  );
});

test('an invalid dataset lists what is wrong and where', async ({ page }) => {
  await cases.find((c) => c.name === 'an invalid dataset')?.serve(page);
  await page.goto(`${APP}embed.html?data=${encodeURIComponent(BAD)}`);
  await expect(page.getByRole('alert')).toContainText('schemaVersion: expected one of 1');
  await expect(page.getByRole('alert')).toContainText('companies: required');
});

test('the built folder works from any sub-path', async ({ page }) => {
  const errors = watchErrors(page);
  const base = 'http://127.0.0.1:4175/blog/assets/map/';
  await page.goto(`${base}index.html?company=microsoft`);
  await expect(page.getByRole('heading', { level: 2, name: 'Microsoft' })).toBeVisible();
  await page.goto(`${base}embed.html?company=nvidia`);
  await expect(page.getByRole('button', { name: 'Nvidia', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const open = page.getByRole('link', { name: /Open the full map/ });
  await expect(open).toHaveAttribute('href', `${base}index.html?company=nvidia`);
  expect(errors).toEqual([]);
  const data = await page.request.get(`${base}data/ai-circular-deals.json`);
  expect(((await data.json()) as { schemaVersion: number }).schemaVersion).toBe(1);
});

test('the Embed dialog writes a snippet for the current view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${APP}?company=microsoft`);
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Map height').selectOption('560');
  await dialog.getByLabel('Theme').selectOption('dark');
  const code = dialog.getByLabel('Embed code');
  await expect(code).toHaveValue(
    /<iframe id="ct-[a-z0-9]+" src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?company=microsoft&amp;theme=dark&amp;height=560&amp;frame=ct-/,
  );
  await expect(code).toHaveValue(/title="Microsoft: the money going round"/);
  await expect(code).toHaveValue(/loading="lazy"/);
  await expect(code).toHaveValue(
    /<script src="[^"]*embed-resize\.js" data-frame="[^"]+" async><\/script>/,
  );
  await expect(code).toHaveValue(/<noscript><p><a href=.*Microsoft → Anthropic → Microsoft/);
  await dialog.getByLabel('Custom element (no iframe)').check();
  await expect(code).toHaveValue(
    /<circular-trade-graph company="microsoft" theme="dark" height="560">/,
  );
  await dialog.getByRole('button', { name: 'Copy code' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('<circular-trade-graph');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test.describe('without scripts', () => {
  test.use({ javaScriptEnabled: false });

  test('the embed page and the custom element still say something, with a link', async ({
    page,
  }) => {
    await page.goto(`${APP}embed.html`);
    // Built from the bundled data, which changes: the wording and a loop's shape, not its members.
    await expect(page.getByText(/Money loops, by the firm dollars/)).toBeVisible();
    await expect(page.getByText(/\w → \w[^(]* → \w[^(]*\(\$[\d.]+[BMT]/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Circular trade' })).toHaveAttribute(
      'href',
      './index.html',
    );
    await openBlog(page);
    await expect(page.getByRole('link', { name: "Microsoft's money loops" })).toBeVisible();
  });
});
