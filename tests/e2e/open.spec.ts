import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { bundled, graph, openApp, watchErrors } from './helpers';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const seed = JSON.parse(read('tests/fixtures/seed-slice.json')) as { companies: unknown[] };
const DEALS = read('public/templates/deals.csv');
const COMPANIES = read('public/templates/companies.csv');

function nodes(page: Page) {
  return graph(page).locator('[data-node-id]');
}

async function pick(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  await page.getByRole('button', { name: 'Open a dataset…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a dataset' });
  await expect(dialog).toBeVisible();
  await dialog.locator('input[type=file]').setInputFiles(files);
  return dialog;
}

const csv = (name: string, text: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text),
});

test('opens a JSON file through the picker; the link says data=local; a reload keeps it', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  await pick(page, [
    {
      name: 'seed.json',
      mimeType: 'application/json',
      buffer: Buffer.from(read('tests/fixtures/seed-slice.json')),
    },
  ]);
  await expect(nodes(page)).toHaveCount(seed.companies.length);
  await expect(page).toHaveURL(/[?&]data=local/);
  await expect(page.getByText(/the same link opens the bundled data anywhere else/)).toBeVisible();

  await page.reload();
  await expect(nodes(page)).toHaveCount(seed.companies.length);
  await expect(page).toHaveURL(/[?&]data=local/);

  // Closing the file brings the bundled data back, and a reload no longer shows the file.
  await page.getByRole('button', { name: 'Open a dataset…' }).click();
  await page.getByRole('button', { name: 'Close the file' }).click();
  await expect(nodes(page)).toHaveCount(bundled.companies.length);
  await expect(page).not.toHaveURL(/data=local/);
  expect(errors).toEqual([]);
});

test('opens deals.csv with companies.csv through the picker', async ({ page }) => {
  await openApp(page);
  await pick(page, [csv('deals.csv', DEALS), csv('companies.csv', COMPANIES)]);
  await expect(nodes(page)).toHaveCount(5);
  await expect(graph(page).getByRole('button', { name: 'Oracle', exact: true })).toBeVisible();
});

test('a bad CSV gets a located error and the map stays as it was', async ({ page }) => {
  await openApp(page);
  const bad = DEALS.replace('Anthropic,Microsoft,cloud', 'Anthropic,nvidai,cloud');
  const dialog = await pick(page, [csv('deals.csv', bad), csv('companies.csv', COMPANIES)]);
  await expect(dialog.getByRole('alert')).toContainText(
    'deals.csv row 3, column to: unknown company "nvidai"',
  );
  await expect(nodes(page)).toHaveCount(bundled.companies.length);
  await expect(page).not.toHaveURL(/data=local/);
});

test('files dropped anywhere on the map open too', async ({ page }) => {
  await openApp(page);
  const transfer = await page.evaluateHandle(
    ([deals, companies]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([deals ?? ''], 'deals.csv', { type: 'text/csv' }));
      dt.items.add(new File([companies ?? ''], 'companies.csv', { type: 'text/csv' }));
      return dt;
    },
    [DEALS, COMPANIES],
  );
  const stage = page.locator('.stage');
  await stage.dispatchEvent('dragenter', { dataTransfer: transfer });
  await stage.dispatchEvent('dragover', { dataTransfer: transfer });
  await stage.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(nodes(page)).toHaveCount(5);
  await expect(page).toHaveURL(/[?&]data=local/);
});

test('a file over the size limit is refused with a clear message', async ({ page }) => {
  await openApp(page);
  const dialog = await pick(page, [csv('huge.csv', 'x'.repeat(21 * 1024 * 1024))]);
  await expect(dialog.getByRole('alert')).toContainText(
    '"huge.csv" is 21.0 MB; this page opens datasets up to 20.0 MB',
  );
  await expect(nodes(page)).toHaveCount(bundled.companies.length);
});

test('a data=local link opened elsewhere shows the bundled data and says why', async ({ page }) => {
  await page.goto('./?data=local');
  await expect(nodes(page)).toHaveCount(bundled.companies.length);
  await expect(page.getByText(/stays in the browser that opened it/)).toBeVisible();
});
