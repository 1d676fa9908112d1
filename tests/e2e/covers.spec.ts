/**
 * What lies over the map — the opening's card, a chapter's card, the zoom
 * buttons — hides no company and cuts no name: the opening's fit keeps every
 * company clear of its card, no label or dollar is placed under a card or the
 * buttons, and once the card is gone the map takes the room back.
 */
import { expect, test, type Page } from '@playwright/test';
import { graph } from './helpers';

test.use({ viewport: { width: 1280, height: 800 } });

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const rectOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });

/** Centres of every company's button (they sit over the dots). */
const companyCentres = (page: Page) =>
  graph(page)
    .locator('[data-node-id]')
    .evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return {
          id: (el as HTMLElement).dataset.nodeId ?? '',
          x: r.x + r.width / 2,
          y: r.y + r.height / 2,
        };
      }),
    );

/** The boxes of the names and dollars drawn on the map. */
const drawnText = (page: Page) =>
  page.locator('.graph .node-label:not(.is-hidden), .graph .amount').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        text: el.textContent ?? '',
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
      };
    }),
  );

/** How far a name's box may reach under a cover: its line's leading (covers.ts LABEL_TUCK). */
const TUCK = 3;
const crosses = (a: Rect, b: Rect) =>
  a.left < b.right - TUCK &&
  b.left + TUCK < a.right &&
  a.top < b.bottom - TUCK &&
  b.top + TUCK < a.bottom;
const inside = (p: { x: number; y: number }, r: Rect) =>
  p.x > r.left && p.x < r.right && p.y > r.top && p.y < r.bottom;

async function settled(page: Page) {
  await expect(page.locator('.graph[data-layout="settled"]')).toBeVisible();
  // The fit and the placement clear of the covers are done in the frames after.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
}

/** Opens `url` with a card over the map (`selector`); once the map is placed beside it, the card's box. */
async function openWithCard(page: Page, url: string, selector: string, easeMs = 0) {
  await page.goto(url);
  const card = page.locator(selector);
  await expect(card).toBeVisible();
  await settled(page);
  // A chapter's framing eases in.
  if (easeMs > 0) await page.waitForTimeout(easeMs);
  return { card, cardBox: await rectOf(page, selector) };
}

test("the opening's card hides no company and cuts no name; gone, the map takes its room", async ({
  page,
}) => {
  const { card, cardBox } = await openWithCard(page, './', 'section.opening');
  const zoom = await rectOf(page, '.zoom-controls');

  // The map's plain fit puts Google, TeraWulf and Fluidstack under the card.
  const centres = await companyCentres(page);
  expect(centres.length).toBe(36);
  const hidden = centres.filter((c) => inside(c, cardBox)).map((c) => c.id);
  expect(hidden).toEqual([]);
  for (const id of ['google', 'terawulf', 'fluidstack'])
    await expect(graph(page).locator(`[data-node-id="${id}"]`)).toBeVisible();

  const text = await drawnText(page);
  expect(text.length).toBeGreaterThan(20);
  const cut = text.filter((t) => crosses(t, cardBox) || crosses(t, zoom)).map((t) => t.text);
  expect(cut).toEqual([]);
  const spread = (cs: { x: number }[]) =>
    Math.max(...cs.map((c) => c.x)) - Math.min(...cs.map((c) => c.x));
  const before = spread(centres);

  // Explore the whole map: the card goes, and the map grows into its room.
  await page.getByRole('button', { name: 'Explore the whole map' }).click();
  await expect(card).toHaveCount(0);
  await expect
    .poll(async () => spread(await companyCentres(page)), { timeout: 5000 })
    .toBeGreaterThan(before * 1.15);
  await expect
    .poll(async () => (await companyCentres(page)).some((c) => inside(c, cardBox)), {
      timeout: 5000,
    })
    .toBe(true);
  // Names come back where the card was.
  await expect
    .poll(async () => (await drawnText(page)).some((t) => crosses(t, cardBox)), { timeout: 5000 })
    .toBe(true);
});

test("a chapter's card cuts no name, and the chapter still frames its companies beside it", async ({
  page,
}) => {
  const { cardBox } = await openWithCard(
    page,
    './?story=how-the-money-goes-round&step=3',
    'section.story',
    600,
  );
  const cut = (await drawnText(page)).filter((t) => crosses(t, cardBox)).map((t) => t.text);
  expect(cut).toEqual([]);
  // Chapter 3 is Nvidia, OpenAI and Oracle: all three to the right of the card.
  const centres = await companyCentres(page);
  for (const id of ['nvidia', 'openai', 'oracle']) {
    const c = centres.find((x) => x.id === id);
    expect(c, id).toBeDefined();
    expect(c?.x ?? 0, id).toBeGreaterThan(cardBox.right);
  }
});

test.describe('in a narrow embed', () => {
  test.use({ viewport: { width: 390, height: 520 } });

  test("the drawer's toggle over the map cuts no name", async ({ page }) => {
    // The data late, so the toggle first renders after the embed has mounted
    // (its cover must be registered then too).
    await page.route(/ai-circular-deals-[\w-]+\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 300));
      await route.continue();
    });
    // At this size the toggle sits at the map's bottom left, where Aligned's name goes.
    await page.goto('./embed.html?company=nvidia');
    await settled(page);
    const toggle = page.getByRole('button', { name: 'Details and loops' });
    await expect(toggle).toBeVisible();
    const box = await toggle.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
    const text = await drawnText(page);
    expect(text.length).toBeGreaterThan(5);
    expect(text.filter((t) => crosses(t, box)).map((t) => t.text)).toEqual([]);
  });
});

test.describe('on a narrow desktop', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('the caption and the chapter lead the details instead of covering the map', async ({
    page,
  }) => {
    await page.goto('./');
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect(details.locator('section.opening')).toBeVisible();
    await expect(page.locator('.stage section.opening')).toHaveCount(0);
    // The caption offers the story and the explainer; the column does not offer them twice.
    await expect(details.getByRole('button', { name: /^Start the story/ })).toHaveCount(1);
    await expect(details.getByRole('button', { name: 'What makes a deal circular?' })).toHaveCount(
      1,
    );
    await settled(page);
    // The map keeps its whole box: its plain fit, nothing to keep clear of.
    const surface = await rectOf(page, '.graph-surface');
    const centres = await companyCentres(page);
    const xs = centres.map((c) => c.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan((surface.right - surface.left) * 0.8);

    await details
      .locator('section.opening')
      .getByRole('button', { name: 'Start the story', exact: true })
      .click();
    await expect(details.locator('section.story')).toBeVisible();
    await expect(page.locator('.stage section.story')).toHaveCount(0);
    // The chapter offers the explainer; the column below it does not again.
    await expect(details.getByRole('button', { name: 'What makes a deal circular?' })).toHaveCount(
      1,
    );
    // Focus goes to the chapter's title, as when the card lies over the map.
    await expect(details.locator('#story-chapter-title')).toBeFocused();
    await expect(page).toHaveURL(/story=how-the-money-goes-round&step=1/);
  });
});

test('a story already open is not offered again in the details', async ({ page }) => {
  await page.goto('./?story=how-the-money-goes-round&step=3');
  await expect(page.locator('section.story')).toBeVisible();
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Start the story/ })).toHaveCount(0);
  // Left, it is offered again.
  await page.getByRole('button', { name: 'Leave the story' }).click();
  await page.goto('./?intro=off');
  await expect(details.getByRole('button', { name: /^Start the story/ })).toHaveCount(1);
});
