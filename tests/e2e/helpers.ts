import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { generateDataset } from '../fixtures/generate';

export interface BundledDataset {
  companies: { id: string; name: string }[];
  deals: { id: string; from: string; to: string }[];
}

export const bundled: BundledDataset = JSON.parse(
  readFileSync(new URL('../../data/ai-circular-deals.json', import.meta.url), 'utf8'),
) as BundledDataset;

/** Collects console errors and page errors; assert on them at the end of a test. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

export function graph(page: Page) {
  return page.getByRole('group', { name: /^Deal network/ });
}

/**
 * Opens the app; with no query, on the whole map (`intro=off`) rather than the
 * opening's highlighted loop, so a test starts with nothing selected. The
 * opening has its own tests (story.spec.ts).
 */
export async function openApp(page: Page, query = '?intro=off') {
  await page.goto(`./${query}`);
  await expect(graph(page)).toBeVisible();
}

export function company(page: Page, name: string) {
  return graph(page).getByRole('button', { name, exact: true });
}

/** A generated deal book of `size` companies, served at `url` to any origin (a reader's own file). */
export async function serveBook(page: Page, url: string, size: number) {
  const body = JSON.stringify(generateDataset(size));
  await page.route(url, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body,
    }),
  );
}
