/**
 * The hover and focus preview, drawn without React (a hover must not cause a
 * React commit): a text-only box whose lines come from tooltipLines. Untrusted
 * names only ever become textContent.
 */
import {
  formatDate,
  formatDollars,
  KIND_LABELS,
  STATUS_LABELS,
  TYPE_LABELS,
  type DatasetIndex,
} from '../../model';

export interface Anchor {
  /** Inside the graph box, in pixels: centre x, bottom y, top y. */
  readonly x: number;
  readonly y: number;
  readonly above: number;
}

export interface TooltipBox {
  show(lines: readonly string[] | null, at: Anchor): void;
  hide(): void;
  destroy(): void;
}

export function createTooltip(parent: HTMLElement): TooltipBox {
  const box = document.createElement('div');
  box.className = 'tooltip';
  box.setAttribute('role', 'tooltip');
  box.hidden = true;
  parent.appendChild(box);
  return {
    show(lines, at) {
      if (!lines || lines.length === 0) {
        box.hidden = true;
        return;
      }
      const [title, ...rest] = lines;
      const strong = document.createElement('strong');
      strong.textContent = title ?? '';
      box.replaceChildren(
        strong,
        ...rest.map((line) => {
          const span = document.createElement('span');
          span.textContent = line;
          return span;
        }),
      );
      box.style.left = `${at.x}px`;
      box.style.top = `${at.y + 8}px`;
      box.style.setProperty('--above', `${at.above}px`);
      box.hidden = false;
    },
    hide() {
      // Called on every pan/zoom frame: writing the attribute anew restyles it.
      if (!box.hidden) box.hidden = true;
    },
    destroy() {
      box.remove();
    },
  };
}

export function companyLines(id: string, index: DatasetIndex, full: DatasetIndex): string[] | null {
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

export function dealLines(id: string, full: DatasetIndex): string[] | null {
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
