// @vitest-environment jsdom
/**
 * Sources come from untrusted data: a dataset URL can point anywhere. parse()
 * rejects anything but http(s), and the list checks again, so a bad URL is never
 * a link (not even an <a> without a role) — it is shown as text, to be read.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/model';
import { SourceLink, SourceList } from '../../src/ui/panel/SourceList';
import { renderWithStore, seedSlice } from './renderWithStore';

const UNSAFE = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'JAVASCRIPT:alert(document.cookie)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  'java\nscript:alert(1)',
  'java\tscript:alert(1)',
  'javascript://example.com/%0Aalert(1)',
  'javascript:https://example.com',
  'data:text/html,x',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'blob:https://example.com/0b3f1c7e',
  'ftp://x',
  'file:///etc/passwd',
  'mailto:someone@example.com',
  '/relative/path',
  'relative/path',
  '../up',
  '#top',
  '?q=1',
  '//evil.example/x',
  'http:/one-slash.example',
  'http:no-slash.example',
  'https://',
  'https:// example.com',
  ' https://example.com/leading-space',
  'https://example.com/\njavascript:alert(1)',
  '',
];

const SAFE = [
  'https://example.com/a',
  'http://example.com',
  'HTTPS://EXAMPLE.COM/upper',
  'https://example.com/path?q=1&r=2#frag',
];

const source = (url: string): Source => ({ title: 'A title', publisher: 'A publisher', url });

describe('SourceLink', () => {
  it.each(SAFE)('makes %j a link that opens in a new tab without an opener', (url) => {
    renderWithStore(<SourceLink source={source(url)} />);
    const link = screen.getByRole('link', { name: /^A publisher: A title/ });
    expect(link).toHaveAttribute('href', url);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')?.split(' ')).toEqual(
      expect.arrayContaining(['noopener', 'noreferrer']),
    );
    expect(link).toHaveAccessibleName(/\(opens in a new tab\)$/);
  });

  it.each(UNSAFE)('never makes %j a link, and shows it as text', (url) => {
    const { container } = renderWithStore(<SourceLink source={source(url)} />);
    expect(screen.queryAllByRole('link')).toEqual([]);
    // Not even an anchor without a role, nor anything else that navigates.
    expect(container.querySelector('a, area, [href], [src], [action], [formaction]')).toBeNull();
    expect(container).toHaveTextContent('A publisher: A title');
    expect(container.textContent).toContain(`(${url})`);
  });

  it('uses the title alone when there is no publisher', () => {
    renderWithStore(<SourceLink source={{ title: 'Only a title', url: 'https://example.com' }} />);
    expect(screen.getByRole('link', { name: /^Only a title ?\(opens/ })).toBeInTheDocument();
  });
});

describe('SourceList', () => {
  it('links only the http(s) sources of a mixed list', () => {
    const sources = [
      source('https://example.com/good'),
      source('javascript:alert(1)'),
      source('data:text/html,x'),
      source('http://example.org/also-good'),
      source('ftp://x'),
      source('/relative'),
    ];
    const { container } = renderWithStore(<SourceList sources={sources} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(6);
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([
      'https://example.com/good',
      'http://example.org/also-good',
    ]);
    expect(container.querySelectorAll('[href]')).toHaveLength(2);
  });

  it('links every source of the real data', () => {
    const sources = seedSlice.deals.flatMap((d) => d.sources);
    renderWithStore(<SourceList sources={sources} />);
    expect(screen.getAllByRole('link')).toHaveLength(sources.length);
  });
});
