/**
 * axe-core with the WCAG 2.2 AA rules in the app's main states, light and dark,
 * desktop and phone; forced colours; the embed's targets and drawer.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => ({
    id: v.id,
    nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
}

const states: { name: string; query: string; then?: (page: Page) => Promise<void> }[] = [
  { name: 'intro', query: '?intro=off' },
  { name: 'company', query: '?company=microsoft' },
  { name: 'loop playing', query: '?company=microsoft&loop=microsoft,anthropic' },
  { name: 'paths', query: '?company=nvidia&to=oracle' },
  { name: 'deal', query: '?company=microsoft&deal=msft-anthropic-equity-2025' },
  {
    name: 'filters open',
    query: '',
    then: async (page) => {
      await page.getByText('Filters', { exact: true }).click();
    },
  },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const s of states) {
    test(`axe, WCAG 2.2 AA: ${s.name} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openApp(page, s.query);
      await s.then?.(page);
      await page.waitForTimeout(300);
      expect(await violations(page)).toEqual([]);
    });
  }
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  for (const s of states.slice(0, 3))
    test(`axe, WCAG 2.2 AA on a phone: ${s.name}`, async ({ page }) => {
      await openApp(page, s.query);
      await page.waitForTimeout(300);
      expect(await violations(page)).toEqual([]);
    });
});

test('forced colours: legend marks, the timeline track and the selection ring stay visible', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await openApp(page, '?company=microsoft');
  const visible = (selector: string, pseudo: string | null = null) =>
    page
      .locator(selector)
      .first()
      .evaluate((el, pseudo) => {
        const cs = getComputedStyle(el, pseudo);
        const painted = (c: string) => c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent';
        const page = getComputedStyle(document.body).backgroundColor;
        const border = parseFloat(cs.borderTopWidth) > 0 && painted(cs.borderTopColor);
        const fill = painted(cs.backgroundColor) && cs.backgroundColor !== page;
        const svgFill = cs.fill !== 'none' && painted(cs.fill) && cs.fill !== page;
        const svgStroke = cs.stroke !== 'none' && painted(cs.stroke) && cs.stroke !== page;
        return border || fill || svgFill || svgStroke;
      }, pseudo);
  expect(await visible('.key-kinds .dot')).toBe(true);
  expect(await visible('.timeline .range', '::before')).toBe(true);
  expect(await visible('.timeline .range', '::after')).toBe(true);
  expect(await visible('.node.is-selected .node-halo')).toBe(true);
});

test.describe('the embed', () => {
  test.use({ viewport: { width: 390, height: 700 }, isMobile: true, hasTouch: true });
  test('the drawer toggle never covers the drawer’s content; key checkboxes are 24 px', async ({
    page,
  }) => {
    await page.goto('./embed.html?company=microsoft');
    const open = page.getByRole('button', { name: 'Details and loops' });
    const toggle = page.getByRole('button', { name: 'Hide details' });
    // The drawer starts closed or open: wait for the embed to show which, then open it.
    await expect(open.or(toggle)).toBeVisible();
    if (await open.isVisible()) await open.tap();
    await expect(toggle).toBeVisible();
    const heading = page.getByRole('heading', { level: 2, name: 'Microsoft' });
    const t = await toggle.boundingBox();
    const h = await heading.boundingBox();
    if (!t || !h) throw new Error('missing boxes');
    const overlap =
      t.x < h.x + h.width && h.x < t.x + t.width && t.y < h.y + h.height && h.y < t.y + t.height;
    expect(overlap).toBe(false);
    const small = await page
      .locator('.embed-foot input:visible, .embed-foot label:visible')
      .evaluateAll((els) =>
        els
          .map((el) => {
            const r = (el.closest('label') ?? el).getBoundingClientRect();
            return { w: r.width, h: r.height, text: el.textContent };
          })
          .filter((r) => r.w < 24 || r.h < 24),
      );
    expect(small).toEqual([]);
  });
});
