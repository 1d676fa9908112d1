/**
 * Opening a reader's files: check the size, read, parse and validate in a
 * worker, and only on success replace the map, keep the files for the next
 * visit and put `data=local` in the link. On failure the map stays as it was
 * and the caller shows the located problems.
 */
import type { Problem } from '../model';
import { filesProblem, parseLocal, readFiles } from './local';
import { LOCAL_DATA } from './localData';
import type { ParseFiles } from './datasetClient';
import { forgetFiles, keepFiles } from './localStore';
import type { AppStore } from './store';
import { checkViewAgainstDataset } from './url';

export type OpenOutcome =
  | { readonly ok: true; readonly summary: string; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly message: string; readonly problems: readonly Problem[] };

export const LOCAL_LINK_NOTICE =
  'The link now says data=local: the file stays in this browser, so the same link opens the bundled data anywhere else.';

export async function openLocalFiles(
  store: AppStore,
  files: readonly File[],
  parse?: ParseFiles,
): Promise<OpenOutcome> {
  const tooBig = filesProblem(files);
  if (tooBig) return { ok: false, message: tooBig, problems: [] };
  let status;
  try {
    const read = await readFiles(files);
    status = await parseLocal(read, parse);
    if (status.state === 'ready') await keepFiles(read);
  } catch (err) {
    return {
      ok: false,
      message: `The file could not be read: ${err instanceof Error ? err.message : String(err)}.`,
      problems: [],
    };
  }
  if (status.state === 'error')
    return { ok: false, message: status.message, problems: status.problems };
  if (status.state !== 'ready')
    return { ok: false, message: 'The file could not be read.', problems: [] };
  const { dataset } = status;
  const { actions, view } = store.getState();
  actions.setData({ state: 'ready', dataset, source: LOCAL_DATA });
  const checked = checkViewAgainstDataset(
    { ...view, data: LOCAL_DATA, usdPerGw: null },
    new Set(dataset.companies.map((c) => c.id)),
    new Set(dataset.deals.map((d) => d.id)),
  );
  actions.setView(checked.view);
  const n = (k: number, w: string) => `${k.toLocaleString('en-US')} ${w}${k === 1 ? '' : 's'}`;
  const summary = `Opened ${files.map((f) => f.name).join(' and ')}: ${n(dataset.companies.length, 'company').replace('companys', 'companies')}, ${n(dataset.deals.length, 'deal')}.`;
  actions.notify(`${summary} ${LOCAL_LINK_NOTICE}`);
  return { ok: true, summary, warnings: status.warnings ?? [] };
}

/** Closes the reader's file: it is forgotten, and the bundled data comes back. */
export async function closeLocalFile(store: AppStore): Promise<void> {
  await forgetFiles();
  const { actions, view } = store.getState();
  actions.setView({ ...view, data: null, company: null, target: null, loop: null, deal: null });
}
