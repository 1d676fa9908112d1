/**
 * The opening, the story and the explainer in the built app, the embed and the
 * custom element: what a new reader, a reporter sharing chapter 3 and a blogger
 * embedding it would each see.
 */
import { expect, test, type Page } from '@playwright/test';
import { APP } from './blog';
import { graph, watchErrors } from './helpers';

const STORY = 'story=how-the-money-goes-round';
const stepper = (page: Page) => page.locator('section.story');
const chapterTitle = (page: Page) => stepper(page).getByRole('heading', { level: 2 });

test('with no parameters, the opening highlights the top loop and tells it in one line', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./');
  const caption = page.getByRole('region', { name: 'The biggest money loop on the map' });
  await expect(caption).toContainText(
    'Nvidia invests in OpenAI; OpenAI buys cloud from Oracle; Oracle buys Nvidia chips: $30.1B can have gone all the way round.',
  );
  await expect(page.getByText('Selected loop', { exact: true })).toBeVisible();
  await expect(page.getByText(/Nvidia → OpenAI → Oracle → Nvidia/).first()).toBeVisible();
  // The opening's loop is not the reader's choice: the link stays plain.
  expect(new URL(page.url()).search).toBe('');

  await caption.getByRole('button', { name: 'Explore the whole map' }).click();
  await expect(caption).toBeHidden();
  // (Off the map: a pointer left over a company would preview it.)
  await page.mouse.move(640, 10);
  await expect(page.getByText('Selected loop', { exact: true })).toHaveCount(0);
  await expect(page).toHaveURL(/\?intro=off$/);
  // That link is the whole map, shareable: it does not reopen the caption.
  await page.reload();
  await expect(graph(page)).toBeVisible();
  await expect(page.getByText('Selected loop', { exact: true })).toHaveCount(0);
  await expect(page.locator('.opening')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a link with parameters opens exactly that view, without the opening', async ({ page }) => {
  await page.goto('./?company=microsoft');
  await expect(page.getByRole('heading', { level: 2, name: 'Microsoft' })).toBeVisible();
  await expect(page.locator('.opening')).toHaveCount(0);
});

test('Start the story opens chapter 1 with focus on it; a story link opens chapter 3', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Start the story', exact: true }).click();
  await expect(chapterTitle(page)).toHaveText('Where it started: Microsoft and OpenAI');
  await expect(chapterTitle(page)).toBeFocused();
  await expect(page).toHaveURL(/loop=microsoft,openai&story=how-the-money-goes-round&step=1/);

  await page.goto(`./?${STORY}&step=3`);
  await expect(chapterTitle(page)).toHaveText('Nvidia takes centre stage');
  await expect(stepper(page).getByRole('status')).toHaveText('Chapter 3 of 8');
  await expect(page).toHaveURL(/loop=nvidia,openai,oracle&story=how-the-money-goes-round&step=3/);
  await expect(page.getByText('Selected loop', { exact: true })).toBeVisible();
});

test('next, previous, the arrow keys and back move through the chapters', async ({ page }) => {
  await page.goto(`./?${STORY}&step=3`);
  await stepper(page).getByRole('button', { name: 'Next chapter' }).click();
  await expect(chapterTitle(page)).toHaveText('Nvidia and the neoclouds');
  await expect(page).toHaveURL(/company=coreweave&story=how-the-money-goes-round&step=4/);
  await expect(page.getByRole('heading', { level: 2, name: 'CoreWeave' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(stepper(page).getByRole('status')).toHaveText('Chapter 5 of 8');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(chapterTitle(page)).toHaveText('Nvidia takes centre stage');
  await stepper(page).getByRole('button', { name: 'Previous chapter' }).click();
  await expect(stepper(page).getByRole('status')).toHaveText('Chapter 2 of 8');
  // Each chapter is a history entry.
  await page.goBack();
  await expect(chapterTitle(page)).toHaveText('Nvidia takes centre stage');
  await expect(page).toHaveURL(/step=3/);
});

test('a click on the map leaves the story and keeps the view', async ({ page }) => {
  await page.goto(`./?${STORY}&step=3`);
  await expect(chapterTitle(page)).toBeVisible();
  const box = await graph(page).boundingBox();
  if (!box) throw new Error('the map is drawn');
  // An empty corner of the map (bottom right, above the zoom buttons' column).
  await page.mouse.click(box.x + box.width - 120, box.y + 30);
  await expect(stepper(page)).toHaveCount(0);
  await expect(page).toHaveURL(/\?loop=nvidia,openai,oracle$/);
  await expect(page.getByText('Selected loop', { exact: true })).toBeVisible();
});

test('Leave the story keeps the chapter’s view; an unknown story is a notice', async ({ page }) => {
  await page.goto(`./?${STORY}&step=4`);
  await stepper(page).getByRole('button', { name: 'Leave the story' }).click();
  await expect(stepper(page)).toHaveCount(0);
  await expect(page).toHaveURL(/\?company=coreweave$/);

  await page.goto('./?story=nope&step=2&company=amd');
  await expect(
    page.getByText('No story "nope" in this dataset (it has "how-the-money-goes-round").'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'AMD' })).toBeVisible();
  await page.goto(`./?${STORY}&step=42`);
  await expect(stepper(page).getByRole('status')).toHaveText('Chapter 8 of 8');
  await expect(page.getByText(/has 8 chapters: step=42 opened chapter 8/)).toBeVisible();
});

test('the explainer opens from the caption as a dialog and gives focus back', async ({ page }) => {
  await page.goto('./');
  const open = page
    .getByRole('region', { name: 'The biggest money loop on the map' })
    .getByRole('button', { name: 'What makes a deal circular?' });
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'What makes a deal circular?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('not evidence of fraud');
  await expect(dialog.getByRole('heading', { name: 'What makes a deal circular?' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  // From the panel too.
  await page.goto('./?intro=off');
  await page
    .getByRole('complementary', { name: 'Details' })
    .getByRole('button', { name: 'What makes a deal circular?' })
    .click();
  await expect(dialog).toBeVisible();
});

test('the embed shows a story chapter and moves through it', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`./embed.html?${STORY}&step=3`);
  await expect(chapterTitle(page)).toHaveText('Nvidia takes centre stage');
  await stepper(page).getByRole('button', { name: 'Next chapter' }).click();
  await expect(chapterTitle(page)).toHaveText('Nvidia and the neoclouds');
  // The embed does not open on the opening: it shows what its snippet asks for.
  await page.goto('./embed.html');
  await expect(graph(page)).toBeVisible();
  await expect(page.locator('.opening')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the custom element takes story and step attributes (a blogger embeds chapter 3)', async ({
  page,
}) => {
  const host = `${APP}__story/host.html`;
  await page.route(host, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title>
<script type="module" src="../circular-trade.js"></script></head><body><h1>A post</h1>
<circular-trade-graph story="how-the-money-goes-round" step="3" height="520"></circular-trade-graph>
</body></html>`,
    }),
  );
  await page.goto(host);
  const element = page.locator('circular-trade-graph');
  await expect(element.locator('section.story h2')).toHaveText('Nvidia takes centre stage');
  await element.evaluate((el) => el.setAttribute('step', '5'));
  await expect(element.locator('section.story h2')).toHaveText("OpenAI's dealmaking spree");
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  /** Every highlighted company's button sits on the map, above the sheet, and is a good size. */
  async function expectLoopOnMap(page: Page) {
    const sheet = await page.locator('#panel').boundingBox();
    const map = await graph(page).boundingBox();
    if (!sheet || !map) throw new Error('the map and the sheet are on screen');
    const hot = page.locator('.graph-hit.is-hot');
    await expect.poll(() => hot.count()).toBeGreaterThanOrEqual(2);
    // The framing animates after the layout settles: wait until it is still.
    await expect
      .poll(
        async () => {
          const boxes = await hot.evaluateAll((els) =>
            els.map((el) => {
              const r = el.getBoundingClientRect();
              return [r.x + r.width / 2, r.y + r.height / 2, r.width];
            }),
          );
          return boxes.every(
            ([x = 0, y = 0, w = 0]) => x > 0 && x < 390 && y > map.y && y < sheet.y && w >= 24,
          );
        },
        { timeout: 10_000 },
      )
      .toBe(true);
  }

  test('the chapter leads the sheet and its loop is framed on the map above it', async ({
    page,
  }) => {
    await page.goto(`./?${STORY}&step=3`);
    await expect(chapterTitle(page)).toBeVisible();
    // The stepper is in the sheet, not over the map.
    await expect(page.locator('#panel section.story')).toHaveCount(1);
    const card = await stepper(page).boundingBox();
    const sheet = await page.locator('#panel').boundingBox();
    if (!card || !sheet) throw new Error('both are on screen');
    expect(card.y).toBeGreaterThanOrEqual(sheet.y);
    await expectLoopOnMap(page);
    const next = stepper(page).getByRole('button', { name: 'Next chapter' });
    await expect(next).toBeInViewport();
    await next.tap();
    await expect(stepper(page).getByRole('status')).toHaveText('Chapter 4 of 8');
    await expect(next).toBeInViewport();
    await expectLoopOnMap(page);
  });

  test('the opening caption leads the sheet; the top loop is framed above it', async ({ page }) => {
    await page.goto('./');
    const caption = page.getByRole('region', { name: 'The biggest money loop on the map' });
    await expect(caption).toBeVisible();
    await expect(
      page.locator('#panel').getByRole('region', { name: 'The biggest money loop on the map' }),
    ).toHaveCount(1);
    await expect(caption.getByRole('button', { name: 'Start the story' })).toBeInViewport();
    await expectLoopOnMap(page);
  });
});

test('a link to a chapter frames its companies in the part of the map the card leaves free', async ({
  page,
}) => {
  // Chapter 2 (Amazon, Google and Anthropic): Google sits under the card in the map's own fit.
  await page.goto(`./?${STORY}&step=2`);
  await expect(chapterTitle(page)).toBeVisible();
  const card = await stepper(page).boundingBox();
  const surface = await page.locator('.graph-surface').boundingBox();
  if (!card || !surface) throw new Error('the card and the map are laid out');
  const hot = page.locator('.graph-hit.is-hot');
  await expect.poll(() => hot.count()).toBeGreaterThanOrEqual(3);
  await expect
    .poll(
      async () =>
        (
          await hot.evaluateAll((els) =>
            els.map((el) => {
              const r = el.getBoundingClientRect();
              return [r.x, r.y + r.height / 2, r.x + r.width];
            }),
          )
        ).every(
          ([x = 0, y = 0, right = 0]) =>
            x > card.x + card.width &&
            right < surface.x + surface.width &&
            y > surface.y &&
            y < surface.y + surface.height,
        ),
      { timeout: 10_000 },
    )
    .toBe(true);
});
