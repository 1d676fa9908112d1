// @vitest-environment jsdom
/**
 * Every way loading can fail ends in the alert, with the way back to the
 * bundled data — never "Loading the deals…" forever. Each test makes one stage
 * of a real session throw (the network, the body, the decoder, the parser, the
 * bundled chunk) and reads the page a reader would see.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { parseDatasetText } from '../../src/model';
import { importBundled } from '../../src/state/load';
import { startSession, type SessionDeps } from '../../src/state/session';
import { createAppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/ui/context';
import { ErrorBanner } from '../../src/ui/ErrorBanner';
import { syntheticDataset } from '../hostile/cases';
import { DRAW_LIMIT } from '../../src/state/drawLimit';
import { repoText } from './renderWithStore';

const URL_GIVEN = 'https://data.example/deals.json';
const seedText = repoText('tests/fixtures/seed-slice.json');
const ok = () => Promise.resolve(new Response(seedText));
const boom = (stage: string) => new Error(`${stage} exploded`);

async function session(deps: SessionDeps, search = `?data=${URL_GIVEN}`) {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const store = createAppStore();
  const started = startSession(store, search, deps);
  await started.ready;
  const user = userEvent.setup();
  const onUseBundled = () =>
    store.getState().actions.setView({ ...store.getState().view, data: null });
  render(
    <StoreProvider store={store} mode="app">
      <ErrorBanner onUseBundled={onUseBundled} />
    </StoreProvider>,
  );
  return { store, user, stop: started.stop };
}

describe('a loading stage that throws', () => {
  it.each<[string, SessionDeps]>([
    [
      'the request, synchronously (and the CORS probe too)',
      {
        fetch: () => {
          throw boom('fetch');
        },
      },
    ],
    [
      'the body',
      {
        fetch: () =>
          Promise.resolve({
            ok: true,
            status: 200,
            arrayBuffer: () => Promise.reject(boom('body')),
          } as unknown as Response),
      },
    ],
    ['the response object', { fetch: () => Promise.resolve(null as unknown as Response) }],
    [
      'the parser',
      {
        fetch: ok,
        read: () => {
          throw new RangeError('Maximum call stack size exceeded');
        },
      },
    ],
  ])('%s: ends in the alert with the fallback, which loads the bundled data', async (_, deps) => {
    const { store, user, stop } = await session(deps);
    expect(store.getState().data.state).toBe('error');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/The dataset at data\.example could not be loaded: .+\./);
    await user.click(
      within(alert).getByRole('button', { name: 'Show the bundled dataset instead' }),
    );
    await vi.waitFor(() => expect(store.getState().data.state).toBe('ready'), { timeout: 10_000 });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    stop();
  });

  it('the bundled chunk (offline, say): ends in the alert, naming it', async () => {
    const { store } = await session({ bundled: () => Promise.reject(boom('chunk')) }, '');
    expect(store.getState().data).toMatchObject({ state: 'error', source: null });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The bundled dataset could not be loaded: chunk exploded.',
    );
  });

  it('the bundled data itself (a getter that throws): ends in the alert', async () => {
    const hostile = {
      get companies(): never {
        throw boom('getter');
      },
    };
    const { store } = await session({ bundled: () => Promise.resolve(hostile) }, '');
    expect(store.getState().data.state).toBe('error');
    expect(screen.getByRole('alert')).toHaveTextContent('getter exploded');
  });

  it('the view check (a dataset whose lists throw when read)', async () => {
    const parsed = parseDatasetText(seedText);
    if (!parsed.ok) throw new Error('fixture');
    const dataset = {
      ...parsed.dataset,
      get companies(): never {
        throw boom('check');
      },
    };
    const { store } = await session({
      fetch: ok,
      read: () => Promise.resolve({ kind: 'parsed', result: { ok: true, dataset, warnings: [] } }),
    });
    expect(store.getState().data.state).toBe('error');
    expect(screen.getByRole('alert')).toHaveTextContent('check exploded');
  });

  it('a dataset over the draw limit: says so plainly, with the limit and the way out', async () => {
    const big = JSON.stringify(syntheticDataset(DRAW_LIMIT.companies + 1, 10));
    const { store } = await session({ fetch: () => Promise.resolve(new Response(big)) });
    expect(store.getState().data.state).toBe('error');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      `This dataset is too big to draw in the browser: ${(DRAW_LIMIT.companies + 1).toLocaleString('en-US')} companies and 10 deals.`,
    );
    expect(alert).toHaveTextContent(/at most [\d,]+ companies and [\d,]+ deals, because/);
    expect(alert).toHaveTextContent('npm run --silent filter');
    expect(
      within(alert).getByRole('button', { name: 'Show the bundled dataset instead' }),
    ).toBeVisible();
  });

  it('cancel: a new request stops the download in flight and wins', async () => {
    let aborted = false;
    const hanging: SessionDeps['fetch'] = (_, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          aborted = true;
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const store = createAppStore();
    const started = startSession(store, `?data=${URL_GIVEN}`, { fetch: hanging });
    expect(store.getState().data).toMatchObject({ state: 'loading', source: URL_GIVEN });
    store.getState().actions.setView({ ...store.getState().view, data: null });
    await started.ready;
    expect(aborted).toBe(true);
    await vi.waitFor(() => expect(store.getState().data.state).toBe('ready'), { timeout: 10_000 });
    expect(store.getState().data.source).toBeNull();
    started.stop();
  });

  it('and a normal load still works', async () => {
    const { store } = await session({ fetch: ok, bundled: importBundled });
    expect(store.getState().data).toMatchObject({ state: 'ready', source: URL_GIVEN });
  });
});
