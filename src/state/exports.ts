/**
 * What the Export menu writes: the deals in view and the loops in view as CSV,
 * the dataset in view as version-1 JSON. Pure functions of the store's state
 * and its derived data; the UI only turns the result into a download.
 *
 * File names say what they hold: `circular-trade-<subject>-<asOf>.<ext>`, the
 * subject being the selected loop's companies, else the selected company, else
 * `map`; the two CSVs end in `.deals.csv` and `.loops.csv`.
 */
import { loopsToCsv } from '../graph/loopsCsv';
import { datasetInView } from '../graph/viewDataset';
import { dealsToCsv, withoutStories, type Dataset } from '../model';
import type { Derived } from './derive';
import type { AppState } from './store';

export const EXPORT_KINDS = ['deals.csv', 'loops.csv', 'json'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ExportFile {
  readonly fileName: string;
  readonly mime: string;
  readonly text: string;
}

const MIME: Record<ExportKind, string> = {
  'deals.csv': 'text/csv;charset=utf-8',
  'loops.csv': 'text/csv;charset=utf-8',
  json: 'application/json',
};

export function exportFileName(state: Pick<AppState, 'view'>, asOf: string, ext: string): string {
  const { loop, company } = state.view;
  const subject = loop && loop.length > 0 ? loop.join('-') : (company ?? 'map');
  return `circular-trade-${subject}-${asOf}.${ext}`;
}

/** The dataset of the view (with the reader's dollars per GW), or null before one is loaded. */
function viewed(state: AppState, derived: Derived) {
  if (state.data.state !== 'ready') return null;
  const dataset: Dataset = derived.effective(state.data.dataset, state.view.usdPerGw);
  return { dataset, view: derived.filtered(dataset, state.view.filters) };
}

export function buildExport(
  kind: ExportKind,
  state: AppState,
  derived: Derived,
): ExportFile | null {
  const v = viewed(state, derived);
  if (!v) return null;
  const { dataset, view } = v;
  const index = derived.fullIndex(dataset);
  const name = (id: string) => index.companyById.get(id)?.name ?? id;
  const fileName = exportFileName(state, dataset.asOf, kind);
  if (kind === 'deals.csv')
    return { fileName, mime: MIME[kind], text: dealsToCsv(view.deals, name) };
  if (kind === 'loops.csv') {
    const graph = derived.moneyGraph(dataset, state.view.filters, state.view.rank);
    const search = derived.settledLoops(
      graph,
      state.view.company,
      state.view.maxLength,
      state.view.inOrder,
    );
    const text = loopsToCsv(search.loops, name, (id) => index.dealById.get(id));
    return { fileName, mime: MIME[kind], text };
  }
  // Stories cite deals the view may leave out, so the file of the view has none.
  const json = withoutStories(datasetInView(dataset, view));
  return { fileName, mime: MIME[kind], text: `${JSON.stringify(json, null, 2)}\n` };
}
