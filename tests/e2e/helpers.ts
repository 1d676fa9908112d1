import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

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

export async function openApp(page: Page, query = '') {
  await page.goto(`./${query}`);
  await expect(graph(page)).toBeVisible();
}

export function company(page: Page, name: string) {
  return graph(page).getByRole('button', { name, exact: true });
}
