import {
  formatDate,
  formatDollars,
  KIND_LABELS,
  STATUS_LABELS,
  TYPE_LABELS,
  type DatasetIndex,
} from '../../model';

export type TooltipTarget = {
  readonly kind: 'company' | 'deal';
  readonly id: string;
  /** Anchor inside the graph box, in pixels: centre x, bottom y, top y. */
  readonly x: number;
  readonly y: number;
  readonly above: number;
};

/** A short preview on hover or focus; the panel has the full story. Text only. */
export function Tooltip({
  target,
  index,
  full,
}: {
  target: TooltipTarget;
  index: DatasetIndex;
  full: DatasetIndex;
}) {
  const lines =
    target.kind === 'company' ? companyLines(target.id, index, full) : dealLines(target.id, full);
  if (!lines) return null;
  const [title, ...rest] = lines;
  return (
    <div
      className="tooltip"
      role="tooltip"
      style={{ left: target.x, top: target.y + 8, ['--above' as string]: `${target.above}px` }}
    >
      <strong>{title}</strong>
      {rest.map((line) => (
        <span key={line}>{line}</span>
      ))}
    </div>
  );
}

function companyLines(id: string, index: DatasetIndex, full: DatasetIndex): string[] | null {
  const company = full.companyById.get(id);
  if (!company) return null;
  const flow = index.flow.get(id);
  const lines = [
    company.name,
    [KIND_LABELS[company.kind], company.ticker].filter(Boolean).join(' · '),
  ];
  if (flow && flow.dealCount > 0) {
    lines.push(`Pays ${formatDollars(flow.out, '—')} · receives ${formatDollars(flow.in, '—')}`);
    lines.push(`${flow.dealCount} deal${flow.dealCount === 1 ? '' : 's'} in view`);
  } else lines.push('No deals in this view');
  return lines;
}

function dealLines(id: string, full: DatasetIndex): string[] | null {
  const deal = full.dealById.get(id);
  if (!deal) return null;
  const from = full.companyById.get(deal.from)?.name ?? deal.from;
  const to = full.companyById.get(deal.to)?.name ?? deal.to;
  const dollars = full.dollars(deal);
  return [
    `${from} → ${to}`,
    `${TYPE_LABELS[deal.type]} · ${formatDollars(dollars)}${dollars.estimated ? ' (estimate)' : ''}`,
    `${formatDate(deal.announced)} · ${STATUS_LABELS[deal.status]}`,
  ];
}
