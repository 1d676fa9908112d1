/**
 * Screenshots of the phone journey (issue 13) and of the desktop, light and dark:
 * `npx tsx scripts/phone-steps.ts` with `npm run preview` serving dist/ on :4173.
 * Writes screenshots/steps-*.png.
 */
import { chromium, type Page } from '@playwright/test';
import { launchOptions } from '../tests/chromium';

const base = process.env.BASE ?? 'http://127.0.0.1:4173/';
const only = process.argv[2];
const browser = await chromium.launch(launchOptions);

async function shoot(page: Page, name: string) {
  await page.waitForTimeout(450);
  await page.screenshot({ path: `screenshots/steps-${name}.png` });
  console.log(name);
}

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [390, 320]) {
    if (only && only !== `${width}`) continue;
    const page = await browser.newPage({
      viewport: { width, height: 844 },
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
      colorScheme: scheme,
    });
    const tag = `${width}-${scheme}`;
    await page.goto(base);
    await page.waitForTimeout(600);
    await shoot(page, `${tag}-1-start`);
    await page.getByText('Filters', { exact: true }).tap();
    await shoot(page, `${tag}-2-filters`);
    await page.getByText('Filters', { exact: true }).tap();
    await page.locator('[data-node-id="microsoft"]').tap();
    await shoot(page, `${tag}-3-company`);
    await page
      .getByRole('region', { name: 'Money loops' })
      .getByRole('button', { name: /^Microsoft → Anthropic → Microsoft/ })
      .tap();
    await shoot(page, `${tag}-4-loop`);
    await page.getByRole('button', { name: 'Follow the dollar' }).tap();
    await page.waitForTimeout(300);
    await shoot(page, `${tag}-5-pulse`);
    await page.getByRole('button', { name: /^Details sheet/ }).tap();
    await shoot(page, `${tag}-6-full`);
    await page.close();
  }
  if (!only || only === 'desktop') {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 800 },
      colorScheme: scheme,
    });
    await page.goto(`${base}?company=microsoft&loop=microsoft,anthropic`);
    await shoot(page, `desktop-${scheme}`);
    await page.close();
  }
}
await browser.close();
