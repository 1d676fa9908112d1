/** Screenshot of the embed test page (tests/embed/blog.html) for looking at. */
import { chromium } from '@playwright/test';
import { launchOptions } from '../tests/chromium';
import { openBlog } from '../tests/e2e/blog';

const browser = await chromium.launch(launchOptions);
for (const size of [
  { label: 'desktop', width: 1280, height: 900, mobile: false },
  { label: 'phone', width: 390, height: 844, mobile: true },
]) {
  const page = await browser.newPage({
    viewport: size,
    isMobile: size.mobile,
    hasTouch: size.mobile,
    deviceScaleFactor: size.mobile ? 2 : 1,
  });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await openBlog(page);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `screenshots/blog-${size.label}.png`, fullPage: true });
  console.log(size.label, errors);
  await page.close();
}
await browser.close();
