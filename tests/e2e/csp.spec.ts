/**
 * All three forms — the app, the embed page and the custom element — under the
 * strict Content-Security-Policy a careful host uses (README, "Security"). The
 * built files are served with the policy as a response header, and any
 * `securitypolicyviolation` (or a console "Refused to …") fails the test.
 */
import { expect, test, type Page } from '@playwright/test';
import { APP } from './blog';
import { iframeSnippet } from '../../src/embed/snippet';
import { graph } from './helpers';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

/** A host page with nothing inline: the element's module and two elements. */
const HOST = `${APP}__csp/host.html`;
const HOST_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A strict host</title>
<script type="module" src="../circular-trade.js"></script></head>
<body><h1>A strict host</h1>
<circular-trade-graph id="one" company="microsoft" height="360"></circular-trade-graph>
<circular-trade-graph id="two" theme="dark" height="300" panel="open"></circular-trade-graph>
</body></html>`;

async function underPolicy(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const report = (window as unknown as { __cspViolation: (t: string) => void })
          .__cspViolation;
        report(
          `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
        );
      },
      true,
    );
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  page.on('pageerror', (e) => violations.push(String(e)));
  // Every document gets the policy as a header, as a strict host would send it.
  await page.route(
    (url) => url.pathname.endsWith('.html') || url.pathname.endsWith('/'),
    async (route) => {
      const url = new URL(route.request().url());
      if (url.href === HOST)
        return route.fulfill({
          body: HOST_HTML,
          contentType: 'text/html',
          headers: { 'content-security-policy': STRICT_CSP },
        });
      const response = await route.fetch();
      return route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': STRICT_CSP },
      });
    },
  );
  return violations;
}

/** True when the app's own CSS is applied: the graph box is laid out, not a bare div. */
const styled = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const s = getComputedStyle(el);
      return s.position !== 'static' || s.display === 'grid' || s.display === 'flex';
    });

test('the app runs under a strict CSP with zero violations, styled', async ({ page }) => {
  const violations = await underPolicy(page);
  const response = await page.goto('./index.html?company=microsoft');
  expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
  await expect(graph(page)).toBeVisible();
  await expect(graph(page).getByRole('button', { name: 'Microsoft', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(await styled(page, '.app')).toBe(true);
  // The details panel, the filters menu and the embed dialog render too.
  await page.locator('summary').filter({ hasText: 'Filters' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /Embed/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.waitForTimeout(300);
  expect(violations).toEqual([]);
});

test('the embed page runs under a strict CSP with zero violations, styled', async ({ page }) => {
  const violations = await underPolicy(page);
  await page.goto('./embed.html?company=nvidia&panel=open&theme=dark');
  await expect(graph(page)).toBeVisible();
  expect(await styled(page, '.embed')).toBe(true);
  await page.waitForTimeout(300);
  expect(violations).toEqual([]);
});

test('the custom element runs under a strict CSP with zero violations, styled', async ({
  page,
}) => {
  const violations = await underPolicy(page);
  await page.goto(HOST);
  for (const id of ['one', 'two']) {
    const el = page.locator(`circular-trade-graph#${id}`);
    await expect(el.getByRole('group', { name: /^Deal network/ })).toBeVisible();
    // Styled: the shadow root's map has the height the attribute asked for.
    const box = await el.locator('.embed').boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(300);
    expect(await styled(page, `circular-trade-graph#${id} .embed-head`)).toBe(true);
  }
  await page.waitForTimeout(300);
  expect(violations).toEqual([]);
});

test('the iframe snippet works on a host that allows no inline script or style', async ({
  page,
}) => {
  const violations = await underPolicy(page);
  // The host, on another origin, allows scripts and frames from the map's origin only.
  const hostPolicy = `default-src 'self'; script-src ${APP}; style-src 'self'; frame-src ${APP}; img-src ${APP}; object-src 'none'; base-uri 'none'`;
  const snippet = iframeSnippet({
    base: APP,
    query: 'company=microsoft',
    height: 360,
    panel: 'closed',
    title: 'Microsoft: the money going round',
    description: 'Money loops through Microsoft.',
    frameId: 'ct-strict',
  });
  const host = 'http://localhost:' + new URL(APP).port + '/__csp/strict-blog.html';
  await page.route(host, (route) =>
    route.fulfill({
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict blog</title></head><body><h1>A strict blog</h1>${snippet}<p>After the map.</p></body></html>`,
      contentType: 'text/html',
      headers: { 'content-security-policy': hostPolicy },
    }),
  );
  await page.goto(host);
  const frame = page.frameLocator('#ct-strict');
  await expect(frame.getByRole('group', { name: /^Deal network/ })).toBeVisible();
  // The resizer ran: the border is gone and the frame takes its content's height.
  const iframe = page.locator('#ct-strict');
  await expect.poll(() => iframe.evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('0px');
  const content = () =>
    frame.locator('#root').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  await expect
    .poll(async () => Math.abs(((await iframe.boundingBox())?.height ?? 0) - (await content())))
    .toBeLessThanOrEqual(1);
  await page.waitForTimeout(300);
  expect(violations).toEqual([]);
});

test('the resizer fits a frame that reported its height before the resizer listened', async ({
  page,
}) => {
  const snippet = iframeSnippet({
    base: APP,
    query: 'company=nvidia',
    height: 300,
    panel: 'closed',
    title: 'Nvidia: the money going round',
    description: 'Money loops through Nvidia.',
    frameId: 'ct-late',
  });
  // The iframe alone first; the resizer's script tag arrives once the map is up.
  const [frameHtml, scriptHtml] = snippet.split('\n');
  const host = 'http://localhost:' + new URL(APP).port + '/__csp/late-blog.html';
  await page.route(host, (route) =>
    route.fulfill({
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Late</title></head><body>${frameHtml}</body></html>`,
      contentType: 'text/html',
    }),
  );
  await page.goto(host);
  const frame = page.frameLocator('#ct-late');
  await expect(frame.getByRole('group', { name: /^Deal network/ })).toBeVisible();
  await page.waitForTimeout(500);
  const src = /src="([^"]+)"/.exec(scriptHtml ?? '')?.[1] ?? '';
  expect(src).toMatch(/embed-resize\.js$/);
  await page.evaluate((url) => {
    const s = document.createElement('script');
    s.src = url;
    s.dataset.frame = 'ct-late';
    document.body.append(s);
  }, src);
  const iframe = page.locator('#ct-late');
  const content = () =>
    frame.locator('#root').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  await expect
    .poll(async () => Math.abs(((await iframe.boundingBox())?.height ?? 0) - (await content())))
    .toBeLessThanOrEqual(1);
});
