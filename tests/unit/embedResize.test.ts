// @vitest-environment jsdom
/**
 * The iframe snippet's resizer is a plain file in public/ (so a strict host CSP
 * can allow it by origin): it must speak the embed's message type, and the
 * snippet must load it rather than carry inline code or inline styles.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MEASURE_MESSAGE, RESIZE_MESSAGE } from '../../src/embed/resize';
import { iframeSnippet, RESIZE_SCRIPT } from '../../src/embed/snippet';

const resizer = readFileSync(`public/${RESIZE_SCRIPT}`, 'utf8');

describe('the iframe snippet under a strict host CSP', () => {
  const snippet = iframeSnippet({
    base: 'https://maps.example/ct/',
    query: 'company=microsoft',
    height: 420,
    panel: 'closed',
    title: 'Microsoft: the money going round',
    description: 'Money loops through Microsoft.',
    frameId: 'ct-1',
  });
  const doc = new DOMParser().parseFromString(snippet, 'text/html');

  it('loads the resizer from the map’s origin, with no inline script', () => {
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.getAttribute('src')).toBe(`https://maps.example/ct/${RESIZE_SCRIPT}`);
    expect(scripts[0]?.getAttribute('data-frame')).toBe('ct-1');
    expect(scripts[0]?.textContent).toBe('');
  });

  it('sizes the iframe with attributes, not an inline style', () => {
    const frame = doc.querySelector('iframe');
    expect(frame?.getAttribute('style')).toBeNull();
    expect(frame?.getAttribute('height')).toMatch(/^\d+$/);
    expect(frame?.getAttribute('width')).toBe('100%');
  });

  it('the resizer obeys the embed’s own message type and the bounds the embed keeps', () => {
    expect(resizer).toContain(`'${RESIZE_MESSAGE}'`);
    // It asks for the height once it listens, in the embed's own words.
    expect(resizer).toContain(`type: '${MEASURE_MESSAGE}'`);
    expect(resizer).toContain('e.source !== frame.contentWindow');
    expect(resizer).toContain('e.origin !== origin');
    expect(resizer).toMatch(/h >= 100 && h <= 4000/);
  });
});
