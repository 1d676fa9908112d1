import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { iframeSnippet } from '../../src/embed/snippet';

/** The app under test, and a different origin for the blog that embeds it. */
export const APP = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}/`;
// Another origin (localhost vs 127.0.0.1) in the same address space: Chromium's
// private-network rules would block a public origin from loading from loopback.
export const BLOG = `http://localhost:${process.env.E2E_PORT ?? 4173}/__blog/post.html`;

const template = readFileSync(new URL('../embed/blog.html', import.meta.url), 'utf8');

/** Serves tests/embed/blog.html at BLOG with the real iframe snippet in it. */
export async function openBlog(page: Page, query = 'company=microsoft', height = 420) {
  const iframe = iframeSnippet({
    base: APP,
    query,
    height,
    panel: 'closed',
    title: 'Microsoft: the money going round',
    description: 'Money loops through Microsoft: Microsoft → Anthropic → Microsoft ($5B).',
    frameId: 'ct-test',
  });
  const html = template.replaceAll('{{APP}}', APP).replace('{{IFRAME}}', iframe);
  await page.route(BLOG, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  await page.goto(BLOG);
}

/**
 * Waits until the iframe has loaded and taken its content's height, so that
 * clicks further down the page do not land on a spot the resize then moves.
 */
export async function settleBlog(page: Page) {
  const frame = page.frameLocator('#ct-test');
  await expect(frame.getByRole('group', { name: /^Deal network/ })).toBeVisible();
  const content = () =>
    frame.locator('#root').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  await expect
    .poll(async () =>
      Math.abs(((await page.locator('#ct-test').boundingBox())?.height ?? 0) - (await content())),
    )
    .toBeLessThanOrEqual(1);
}
