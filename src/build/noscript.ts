/**
 * Build-time content for the pages' <noscript>: a text description of the top
 * loops of the bundled dataset, computed by the same engine the app runs.
 *
 * vite.config.ts loads this file through Vite's own module runner
 * (`runnerImport`) rather than importing it: the config stays free of project
 * source, so Vite's config loader has nothing to warn about, and this file and
 * everything it imports resolve exactly as the app's code does.
 */
import { describeLoops } from '../embed/describe';
import { escapeHtml } from '../embed/snippet';
import { buildMoneyGraph, findTopLoops } from '../graph';
import { indexDataset, parseDatasetText } from '../model';

/** The HTML-escaped description of the dataset's top loops. */
export function noscriptLoopsHtml(datasetText: string): string {
  const parsed = parseDatasetText(datasetText);
  if (!parsed.ok) throw new Error('noscript-loops: the bundled dataset is not valid');
  const { dataset } = parsed;
  const graph = buildMoneyGraph(dataset.companies, dataset.deals, {
    usdPerGigawatt: dataset.assumptions?.usdPerGigawatt ?? null,
    asOf: dataset.asOf,
  });
  const search = findTopLoops(graph, { maxLength: 6, limit: 50, timeBudgetMs: 5000 });
  return escapeHtml(describeLoops(search, indexDataset(dataset, dataset.deals, dataset.asOf)));
}
