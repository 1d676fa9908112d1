/**
 * Screenshots of the built app for looking at, at desktop and phone sizes.
 * `npx tsx scripts/screenshot.ts <url-path-and-query> <name> [--dark] [--click=Name]`
 * Needs a server on http://127.0.0.1:4173 (`npm run build && npm run preview`).
 */
import { chromium } from '@playwright/test';
import { launchOptions } from '../tests/chromium';

const [path = '', name = 'shot', ...flags] = process.argv.slice(2);
const base = process.env.BASE ?? 'http://127.0.0.1:4173/';
const dark = flags.includes('--dark');
const click = flags.find((f) => f.startsWith('--click='))?.slice(8);
const only = flags.find((f) => f.startsWith('--size='))?.slice(7);

const sizes = [
  { label: 'desktop', width: 1280, height: 800, mobile: false },
  { label: 'phone', width: 390, height: 844, mobile: true },
].filter((s) => !only || s.label === only);

const browser = await chromium.launch(launchOptions);
for (const size of sizes) {
  const page = await browser.newPage({
    viewport: { width: size.width, height: size.height },
    deviceScaleFactor: size.mobile ? 2 : 1,
    isMobile: size.mobile,
    hasTouch: size.mobile,
    colorScheme: dark ? 'dark' : 'light',
  });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(new URL(path, base).toString());
  await page.waitForTimeout(600);
  if (click) {
    await page.getByRole('button', { name: click, exact: true }).first().click();
    await page.waitForTimeout(500);
  }
  const file = `screenshots/${name}-${size.label}${dark ? '-dark' : ''}.png`;
  await page.screenshot({ path: file, fullPage: size.mobile });
  console.log(file, errors.length ? `errors: ${errors.join(' | ')}` : '');
  await page.close();
}
await browser.close();
