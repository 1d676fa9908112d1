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
