/**
 * The dataset a view shows, as a valid version-1 file of its own: the deals in
 * view, the companies at their ends, and only the references that still point
 * inside it (an aggregate's `includes`, a deal's `ended.by`), so the export
 * passes `parseDataset` and opens in the app as it was seen.
 */
import type { Dataset, Deal } from '../model';
import type { FilteredView } from './filter';

export function datasetInView(dataset: Dataset, view: FilteredView): Dataset {
  const dealIds = new Set(view.deals.map((d) => d.id));
  const companies = dataset.companies.filter((c) => view.activeCompanyIds.has(c.id));
  const deals = view.deals.map((d): Deal => {
    if (!d.ended?.by || dealIds.has(d.ended.by)) return d;
    const ended = { ...d.ended };
    delete ended.by; // the deal that replaced it is not in this view
    return { ...d, ended };
  });
  const out: Dataset = { ...dataset, companies, deals };
  if (dataset.aggregates) {
    out.aggregates = dataset.aggregates
      .filter((a) => view.activeCompanyIds.has(a.subject))
      .map((a) =>
        a.includes ? { ...a, includes: a.includes.filter((id) => dealIds.has(id)) } : a,
      );
  }
  return out;
}
