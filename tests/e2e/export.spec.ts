import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseDataset } from '../../src/model/parse';
import { dsvFormat } from 'd3-dsv';
import { bundled, openApp, watchErrors } from './helpers';

async function exportFile(page: Page, item: RegExp) {
  await page.getByText('Export', { exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: item }).click();
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

const asOf = (bundled as unknown as { asOf: string }).asOf;

test('Export → deals CSV holds exactly the deals in view', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?types=investment,cloud&company=microsoft');
  const shown = await page
    .locator('[data-edge-id]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-edge-id')));
  const file = await exportFile(page, /Deals in view/);
  expect(file.name).toBe(`circular-trade-microsoft-${asOf}.deals.csv`);
  const rows = dsvFormat(',').parse(file.text);
  const expected = (bundled.deals as unknown as { id: string; type: string }[])
    .filter((d) => d.type === 'investment' || d.type === 'cloud')
    .map((d) => d.id);
  expect(rows.map((r) => r.id)).toEqual(expected);
  // …and they are the arrows drawn on the map.
  expect(new Set(rows.map((r) => r.id))).toEqual(new Set(shown));
  expect(errors).toEqual([]);
});

test('Export → loops CSV and JSON of the view', async ({ page }) => {
  await openApp(page, '?company=nvidia');
  const loops = await exportFile(page, /Loops in view/);
  expect(loops.name).toBe(`circular-trade-nvidia-${asOf}.loops.csv`);
  const rows = dsvFormat(',').parse(loops.text);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows[0]?.loop).toMatch(/^Nvidia → /);

  const json = await exportFile(page, /Dataset in view/);
  expect(json.name).toBe(`circular-trade-nvidia-${asOf}.json`);
  const parsed = parseDataset(JSON.parse(json.text));
  expect(parsed.ok).toBe(true);
  expect(parsed.ok && parsed.dataset.deals.length).toBe(bundled.deals.length);
});

test('the embed drawer offers the same exports', async ({ page }) => {
  await page.goto('./embed.html?company=microsoft&panel=open');
  const drawer = page.getByRole('complementary', { name: 'Details' });
  await drawer.getByText('Export', { exact: true }).click();
  const download = page.waitForEvent('download');
  await drawer.getByRole('button', { name: /Deals in view/ }).click();
  expect((await download).suggestedFilename()).toBe(`circular-trade-microsoft-${asOf}.deals.csv`);
});

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes: Buffer) => ({
  width: bytes.readUInt32BE(16),
  height: bytes.readUInt32BE(20),
});
const PNG_SIGNATURE = '89504e470d0a1a0a';

async function exportPicture(page: Page, item: RegExp, width?: string) {
  await page.getByText('Export', { exact: true }).click();
  if (width) await page.getByRole('combobox', { name: 'PNG width' }).selectOption(width);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: item }).click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test('Export → PNG of the map: 2× the screen by default, or the width chosen', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?loop=nvidia,openai,oracle');
  const surface = await page.locator('.graph').boundingBox();
  const png = await exportPicture(page, /Picture of the map \(PNG\)/);
  expect(png.name).toBe(`circular-trade-nvidia-openai-oracle-${asOf}.png`);
  expect(png.bytes.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
  const size = pngSize(png.bytes);
  // Twice the map's width (the map's own box may be a little narrower than .graph).
  expect(Math.abs(size.width - 2 * (surface?.width ?? 0))).toBeLessThan(40);
  expect(size.height).toBeGreaterThan(size.width / 4);
  const wide = await exportPicture(page, /Picture of the map \(PNG\)/, '2400');
  expect(pngSize(wide.bytes).width).toBe(2400);
  expect(errors).toEqual([]);
});

test('Export → SVG of the map: standalone, text as text, the loop named', async ({ page }) => {
  await openApp(page, '?loop=nvidia,openai,oracle&theme=dark');
  const svg = await exportPicture(page, /Picture of the map \(SVG\)/);
  expect(svg.name).toBe(`circular-trade-nvidia-openai-oracle-${asOf}.svg`);
  const text = svg.bytes.toString('utf8');
  expect(text).not.toMatch(/<script|<style|class=|var\(|href=/);
  const parsed = await page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror') !== null,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      background: doc.querySelector('rect')?.getAttribute('fill'),
    };
  }, text);
  expect(parsed.error).toBe(false);
  expect(parsed.texts[0]).toBe('The money loop: Nvidia → OpenAI → Oracle → Nvidia');
  expect(parsed.texts).toEqual(
    expect.arrayContaining([
      'Nvidia',
      'OpenAI',
      'Oracle',
      'Investment',
      'letter of intent / reported',
    ]),
  );
  expect(
    parsed.texts.some((t) =>
      t.startsWith(`As of ${asOf} · Data: circular-trade, every deal cited`),
    ),
  ).toBe(true);
  // The dark theme's own background, not white.
  expect(parsed.background).not.toMatch(/^#f|white/i);
});

test('the build ships a 1200 × 630 social card and names it in both pages', async ({
  page,
  request,
}) => {
  const png = await request.get('./og.png');
  expect(png.ok()).toBe(true);
  const bytes = Buffer.from(await png.body());
  expect(bytes.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
  expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
  for (const path of ['./', './embed.html']) {
    await page.goto(path);
    const meta = (key: string) =>
      page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
    expect(await meta('og:image')).toMatch(/og\.png$/);
    expect(await meta('twitter:image')).toMatch(/og\.png$/);
    expect(await meta('twitter:card')).toBe('summary_large_image');
    expect(await meta('og:title')).toBeTruthy();
    expect(await meta('og:description')).toBeTruthy();
    expect(await meta('og:image:alt')).toMatch(/^Money loops/);
  }
  const svg = await request.get('./map.svg');
  expect(svg.ok()).toBe(true);
  expect(await svg.text()).toContain('The AI money loop:');
});
