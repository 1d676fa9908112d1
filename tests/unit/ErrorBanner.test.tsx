// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DataStatus } from '../../src/state/store';
import { loadFromUrl } from '../../src/state/load';
import { ErrorBanner } from '../../src/ui/ErrorBanner';
import { manyProblems, rootProblems } from '../hostile/cases';
import { renderWithStore, repoText } from './renderWithStore';

const URL_GIVEN = 'https://example.org/deals.json';
const seedText = repoText('tests/fixtures/seed-slice.json');

/** The seed slice with the first `n` deals paid to a misspelt company: n located problems. */
function misspelt(n: number): string {
  const json = JSON.parse(seedText) as { deals: { to: string }[] };
  json.deals.slice(0, n).forEach((d) => (d.to = 'nvidai'));
  return JSON.stringify(json);
}

/** What the app's loader makes of a file served at URL_GIVEN (the network is the only stand-in). */
const served = (body: string): Promise<DataStatus> =>
  loadFromUrl(URL_GIVEN, () => Promise.resolve(new Response(body)));

describe('ErrorBanner', () => {
  it('says nothing while the data is fine', () => {
    renderWithStore(<ErrorBanner onUseBundled={() => {}} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says nothing while the data is loading', () => {
    renderWithStore(<ErrorBanner />, { data: { state: 'loading', source: URL_GIVEN } });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('alerts with the message and every problem, located', async () => {
    renderWithStore(<ErrorBanner />, { data: await served(misspelt(3)) });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'The data could not be shown. The file at example.org is not a valid circular-trade dataset (3 problems).',
    );
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'deals[0].to: unknown company "nvidai"',
      'deals[1].to: unknown company "nvidai"',
      'deals[2].to: unknown company "nvidai"',
    ]);
  });

  it('lists twelve problems and counts the rest', async () => {
    renderWithStore(<ErrorBanner />, { data: await served(misspelt(22)) });
    const items = within(screen.getByRole('alert')).getAllByRole('listitem');
    expect(items).toHaveLength(13);
    expect(items[0]).toHaveTextContent('deals[0].to: unknown company "nvidai"');
    expect(items[11]).toHaveTextContent('deals[11].to: unknown company "nvidai"');
    expect(items[12]).toHaveTextContent('… and 10 more problems.');
    expect(screen.queryByText(/deals\[12\]/)).not.toBeInTheDocument();
  });

  it('lists exactly twelve problems without a remainder line', async () => {
    renderWithStore(<ErrorBanner />, { data: await served(misspelt(12)) });
    const items = within(screen.getByRole('alert')).getAllByRole('listitem');
    expect(items).toHaveLength(12);
    expect(screen.queryByText(/more problems\.$/)).not.toBeInTheDocument();
  });

  it('gives the message alone when the file is not JSON at all', async () => {
    renderWithStore(<ErrorBanner />, { data: await served('{"schemaVersion": 1,') });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/The file at example\.org is not valid JSON: .*line 1/);
    expect(within(alert).queryByRole('list')).not.toBeInTheDocument();
  });

  it('offers the bundled dataset instead of a broken URL, and loads it on request', async () => {
    const onUseBundled = vi.fn();
    const { user } = renderWithStore(<ErrorBanner onUseBundled={onUseBundled} />, {
      data: await served(misspelt(3)),
    });
    await user.click(screen.getByRole('button', { name: 'Show the bundled dataset instead' }));
    expect(onUseBundled).toHaveBeenCalledTimes(1);
  });

  it('offers nothing when there is no way back to the bundled dataset', async () => {
    renderWithStore(<ErrorBanner />, { data: await served(misspelt(3)) });
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('offers nothing when the bundled dataset itself is what failed', () => {
    renderWithStore(<ErrorBanner onUseBundled={() => {}} />, {
      data: {
        state: 'error',
        source: null,
        message: 'The bundled dataset is not valid.',
        problems: [{ path: 'deals[3].from', message: 'unknown company "nvidai"' }],
      },
    });
    expect(screen.getByRole('alert')).toHaveTextContent('deals[3].from: unknown company "nvidai"');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it.each([
    ['a bare array', '[]', '(root): is JSON, but not a dataset'],
    ['an unknown root field', rootProblems.unknownField(), '(root): unknown field "extra"'],
    ['__proto__ at the root', rootProblems.proto(), '(root): unknown field "__proto__"'],
    ['constructor at the root', rootProblems.constructor(), '(root): unknown field "constructor"'],
    ['prototype at the root', rootProblems.prototype(), '(root): unknown field "prototype"'],
  ])('lists %s as a schema problem, with its (root) path', async (_, body, problem) => {
    renderWithStore(<ErrorBanner />, { data: await served(body) });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/is not a valid circular-trade dataset \(\d+ problems?\)/);
    expect(alert).not.toHaveTextContent('not valid JSON');
    const items = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items.some((text) => text.startsWith(problem))).toBe(true);
  });

  it.each(['"hello"', '42', 'null', 'true'])('says %s is JSON, but not a dataset', async (body) => {
    renderWithStore(<ErrorBanner />, { data: await served(body) });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The file at example.org is JSON, but not a dataset: expected an object with schemaVersion, companies and deals.',
    );
  });

  it('still says a web page is not JSON', async () => {
    renderWithStore(<ErrorBanner />, { data: await served('<!doctype html><p>Not found') });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The file at example.org is not JSON (it starts with "<!doctype html><p>Not found…").',
    );
  });

  it('rejects a double byte-order mark, as the validator does', async () => {
    const body = `\uFEFF\uFEFF${seedText}`;
    renderWithStore(<ErrorBanner />, { data: await served(body) });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'not valid JSON: not valid JSON at line 1, column 1: a second byte-order mark',
    );
  });

  it('accepts a single byte-order mark', async () => {
    expect((await served(`\uFEFF${seedText}`)).state).toBe('ready');
  });

  it('counts 3,700 problems and lists twelve', async () => {
    renderWithStore(<ErrorBanner />, { data: await served(manyProblems(3_700)) });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('(3,700 problems)');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(13);
    expect(alert).toHaveTextContent('… and 3,688 more problems.');
  });
});
