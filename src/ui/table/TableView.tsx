/**
 * The "Table" view: what is in view as two tables — the loops (those the panel
 * lists: through the selected company, or the top loops of the view) and the
 * deals — with the same filters and time range as the map, because they read
 * the same derived state (useLoops, useFiltered, useViewIndex). This is the
 * non-visual alternative to the graphic.
 */
import { useMemo } from 'react';
import { directFirst, isChain, loopKey, type Loop } from '../../graph';
import {
  CONFIDENCE_LABELS,
  CONFIDENCES,
  dateStart,
  firmDollars,
  formatDate,
  formatDollars,
  STATUS_LABELS,
  TYPE_LABELS,
  type DatasetIndex,
  type Deal,
} from '../../model';
import type { AppState } from '../../state/store';
import {
  useAppStore,
  useDataset,
  useFiltered,
  useFullIndex,
  useLoops,
  useViewIndex,
} from '../context';
import { gapText, headlineText, loopGaps } from '../loops/money';
import { chainText, typeChain } from '../loops/text';
import { SourceLink } from '../panel/SourceList';
import { TypeSwatch } from '../TypeSwatch';
import { SortableTable, type Column } from './SortableTable';

/** What a row's "Show" button selects; the caller switches to the map. */
export type ShowTarget =
  | { readonly loop: readonly string[] }
  | { readonly deal: string; readonly companies: readonly string[] };

const selectCompany = (s: AppState) => s.view.company;
const selectRank = (s: AppState) => s.view.rank;

export function TableView({ onShow }: { onShow: (target: ShowTarget, from: HTMLElement) => void }) {
  const dataset = useDataset();
  const filtered = useFiltered();
  const view = useViewIndex();
  const full = useFullIndex();
  const search = useLoops();
  const company = useAppStore(selectCompany);
  const rank = useAppStore(selectRank);
  const perGw = dataset?.assumptions?.usdPerGigawatt;
  // The panel's order: direct loops first, then the longer chains, each ranked.
  const loops = useMemo(() => {
    if (!search) return [];
    const { direct, chains } = directFirst(search.loops);
    return [...direct, ...chains];
  }, [search]);
  const loopColumns = useMemo(
    () => (full ? loopCols(full, perGw, onShow) : []),
    [full, perGw, onShow],
  );
  const dealColumns = useMemo(
    () => (view ? dealCols(view, perGw, onShow) : []),
    [view, perGw, onShow],
  );
  if (!dataset || !filtered || !view || !full) return null;
  const name = company ? (full.companyById.get(company)?.name ?? company) : null;
  const figure = rank === 'firm' ? 'firm dollars' : 'headline dollars';
  const more = search?.pending
    ? ' found so far (still searching)'
    : search?.truncated
      ? ' (more exist)'
      : '';
  return (
    <div className="table-view">
      <p className="table-view-intro muted">
        The loops and deals in view, with the map&apos;s filters and time range. Sort by a
        column&apos;s heading; “Show” selects a row on the map.
      </p>
      <SortableTable
        name="Loops"
        caption={
          name
            ? `Money loops through ${name}: ${loops.length}${more}, ranked by ${figure}`
            : `Top money loops in view: ${loops.length}${more}, ranked by ${figure}`
        }
        columns={loopColumns}
        rows={loops}
        rowKey={(l) => loopKey(l.companies)}
        empty={
          name
            ? `No money comes back to ${name} in this view.`
            : 'No money goes round in this view.'
        }
      />
      <SortableTable
        name="Deals"
        caption={`Deals in view: ${filtered.deals.length} of ${dataset.deals.length}`}
        columns={dealColumns}
        rows={filtered.deals}
        rowKey={(d) => d.id}
        empty="No deals in view: widen the filters."
      />
    </div>
  );
}

type OnShow = (target: ShowTarget, from: HTMLElement) => void;

function ShowButton({ label, onClick }: { label: string; onClick: (el: HTMLElement) => void }) {
  return (
    <button
      type="button"
      className="button table-show"
      aria-label={`Show on map: ${label}`}
      onClick={(e) => onClick(e.currentTarget)}
    >
      Show
    </button>
  );
}

function loopCols(
  index: DatasetIndex,
  perGw: number | null | undefined,
  onShow: OnShow,
): Column<Loop>[] {
  return [
    {
      key: 'show',
      label: 'Show on map',
      hideLabel: true,
      cell: (l) => (
        <ShowButton
          label={chainText(l.companies, index)}
          onClick={(el) => onShow({ loop: l.companies }, el)}
        />
      ),
    },
    {
      key: 'chain',
      label: 'Loop',
      rowHeader: true,
      sort: (l) => chainText(l.companies, index),
      cell: (l) => (
        <>
          {chainText(l.companies, index)}
          {isChain(l) && (
            <span className="table-note"> a chain of {l.companies.length} separate deals</span>
          )}
        </>
      ),
    },
    {
      key: 'types',
      label: 'Hop types',
      sort: (l) => typeChain(l.hops, index),
      cell: (l) => typeChain(l.hops, index),
    },
    {
      key: 'firm',
      label: 'Firm',
      numeric: true,
      first: 'descending',
      sort: (l) => l.firmUsd,
      cell: (l) => formatDollars({ usd: l.firmUsd, estimated: l.firmEstimated }),
    },
    {
      key: 'headline',
      label: 'Headline',
      numeric: true,
      first: 'descending',
      sort: (l) => l.circulatingUsd,
      cell: (l) => {
        // As the loop cards say it: "up to ≈$10B" and what the gap rests on.
        const text = headlineText(l);
        if (!text) return formatDollars({ usd: l.circulatingUsd, estimated: l.estimated });
        const gaps = gapText(loopGaps(l.hops, index, perGw));
        return (
          <>
            {text}
            {gaps && <span className="table-note"> {gaps}</span>}
          </>
        );
      },
    },
    {
      key: 'since',
      label: 'Complete since',
      first: 'descending',
      sort: (l) => dateStart(l.closedOn),
      cell: (l) => formatDate(l.closedOn),
    },
    {
      key: 'order',
      label: 'In time order',
      first: 'descending',
      sort: (l) => (l.inOrder ? 1 : 0),
      cell: (l) => (l.inOrder ? 'yes' : 'no'),
    },
  ];
}

function dealCols(
  view: DatasetIndex,
  perGw: number | null | undefined,
  onShow: OnShow,
): Column<Deal>[] {
  const name = (id: string) => view.companyById.get(id)?.name ?? id;
  return [
    {
      key: 'show',
      label: 'Show on map',
      hideLabel: true,
      cell: (d) => (
        <ShowButton
          label={`${name(d.from)} to ${name(d.to)}, ${TYPE_LABELS[d.type].toLowerCase()}, ${formatDate(d.announced)}`}
          onClick={(el) => onShow({ deal: d.id, companies: [d.from, d.to] }, el)}
        />
      ),
    },
    {
      key: 'from',
      label: 'From',
      rowHeader: true,
      sort: (d) => name(d.from),
      cell: (d) => name(d.from),
    },
    { key: 'to', label: 'To', sort: (d) => name(d.to), cell: (d) => name(d.to) },
    {
      key: 'type',
      label: 'Type',
      sort: (d) => TYPE_LABELS[d.type],
      cell: (d) => (
        <>
          <TypeSwatch type={d.type} /> {TYPE_LABELS[d.type]}
        </>
      ),
    },
    {
      key: 'amount',
      label: 'Amount',
      numeric: true,
      first: 'descending',
      sort: (d) => view.dollars(d).usd,
      cell: (d) => {
        const dollars = view.dollars(d);
        return (
          <>
            {formatDollars(dollars)}
            {dollars.estimated && <span className="visually-hidden"> (estimate)</span>}
          </>
        );
      },
    },
    {
      key: 'firm',
      label: 'Firm',
      numeric: true,
      first: 'descending',
      sort: (d) => firmDollars(d, perGw).usd,
      cell: (d) => formatDollars(firmDollars(d, perGw)),
    },
    {
      key: 'date',
      label: 'Announced',
      first: 'descending',
      sort: (d) => dateStart(d.announced),
      cell: (d) => formatDate(d.announced),
    },
    {
      key: 'status',
      label: 'Status',
      sort: (d) => STATUS_LABELS[d.status],
      cell: (d) => (
        <>
          {STATUS_LABELS[d.status]}
          {d.ended && !view.counts(d) && (
            <span className="table-note"> ended {formatDate(d.ended.on)}</span>
          )}
        </>
      ),
    },
    {
      key: 'confidence',
      label: 'Confidence',
      first: 'descending',
      // High first when descending: the vocabulary lists high, medium, low.
      sort: (d) => CONFIDENCES.length - CONFIDENCES.indexOf(d.confidence),
      cell: (d) => CONFIDENCE_LABELS[d.confidence],
    },
    {
      key: 'sources',
      label: 'Sources',
      cell: (d) => (
        <ul className="table-sources">
          {d.sources.map((s, i) => (
            <li key={`${s.url}-${i}`}>
              <SourceLink source={s} />
            </li>
          ))}
        </ul>
      ),
    },
  ];
}
