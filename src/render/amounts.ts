/**
 * Dollars on the map (issue 12): the label a deal carries along its arrow, and
 * where the labels go. The text marks what is not plain money: "≈" for an
 * estimate from gigawatts, "up to" for a ceiling or a headline above the firm
 * figure, and `tentative` (drawn with a dashed outline) for a letter of intent
 * or reported talks.
 *
 * Placement runs with the company labels, once per settled view: candidates in
 * priority order take the first free spot along their curve (its middle, then
 * either side); a spot that would cover a company, its label or an amount
 * already placed is refused, and an amount with no free spot is dropped. Placed
 * boxes sit in a grid (boxGrid), so each check looks at neighbours only.
 *
 * With a focus (a company, a loop, a hop), the dimmed companies' labels yield:
 * they do not block the focus's dollars, and one an amount lands on is dropped.
 * Otherwise a loop whose arrows pass close by background labels lost every
 * amount, which is the one thing the reader selected it to read.
 */
import { firmDollars, formatDollars, type Deal, type Dollars } from '../model';
import { pointOnCurve, type EdgeCurve } from './edgeGeometry';
import { boxGrid, circleIndex, insideViewport, type Box, type LabelViewport } from './labels';

export interface DealAmount {
  /** "$30B", "≈$40B", "up to $100B", "$10B · up to $40B". */
  readonly text: string;
  /** Headline dollars, to rank the biggest flows. */
  readonly usd: number;
  /** A letter of intent or reported talks: dashed. */
  readonly tentative: boolean;
}

export function dealAmount(
  deal: Pick<Deal, 'amountUsd' | 'amountText' | 'computeGw' | 'firmUsd' | 'status' | 'type'>,
  headline: Dollars,
  usdPerGigawatt: number | null,
): DealAmount | null {
  if (headline.usd == null || headline.usd <= 0) return null;
  const tentative = deal.status === 'loi' || deal.status === 'reported';
  const head = formatDollars(headline);
  const firm = firmDollars(deal, usdPerGigawatt).usd ?? 0;
  // The source's own wording says the figure is a ceiling, even with no firm part given.
  let text = /^up to\b/i.test(deal.amountText ?? '') ? `up to ${head}` : head;
  if (firm < headline.usd)
    text =
      firm > 0
        ? `${formatDollars({ usd: firm, estimated: headline.estimated })} · up to ${head}`
        : `up to ${head}`;
  return { text, usd: headline.usd, tentative };
}

/** How many of the biggest flows are labelled when nothing is chosen. */
export const BIGGEST_FLOWS = 5;

export const AMOUNT_FONT_PX = 11;

export interface AmountCandidate {
  readonly edge: number;
  readonly text: string;
  readonly tentative: boolean;
  readonly priority: number;
  /** The curve, in screen pixels. */
  readonly curve: EdgeCurve;
  /** Label size in screen pixels. */
  readonly width: number;
  readonly height: number;
}

export interface AmountSpot {
  readonly edge: number;
  readonly text: string;
  readonly tentative: boolean;
  /** Centre, in screen pixels at placement time. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Where to try, in order: along the curve, then beside it (for short arrows, and
 * for the two arrows of a loop between close companies, which run side by side).
 */
const SPOTS = [
  { t: 0.5, side: 0 },
  { t: 0.38, side: 0 },
  { t: 0.62, side: 0 },
  { t: 0.28, side: 0 },
  { t: 0.72, side: 0 },
  { t: 0.5, side: 1 },
  { t: 0.5, side: -1 },
  { t: 0.38, side: 1 },
  { t: 0.62, side: 1 },
  { t: 0.38, side: -1 },
  { t: 0.62, side: -1 },
] as const;

function spotOn(c: EdgeCurve, spot: (typeof SPOTS)[number], height: number) {
  const p = pointOnCurve(c, spot.t);
  if (!spot.side) return p;
  const dx = c.ex - c.sx;
  const dy = c.ey - c.sy;
  const len = Math.hypot(dx, dy) || 1;
  const d = spot.side * (height / 2 + 3);
  return { x: p.x + (-dy / len) * d, y: p.y + (dx / len) * d };
}

/** A placed company label, and whether it gives way to the dollars (it is dimmed). */
export interface PlacedLabel {
  readonly box: Box;
  readonly yields: boolean;
}

/** A company's dot; a dimmed one (`yields`) may lie under a focus's dollars. */
export interface PlacedCircle {
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly yields?: boolean;
}

/**
 * Places the dollars around the companies and the labels that hold their
 * ground, then drops each yielding label an amount covers. Returns the amounts
 * and the indexes (into `labels`) of the labels to drop. A faded dot under an
 * amount stays (the amount's backdrop lets it show through).
 */
export function placeAmountsAmongLabels(
  candidates: readonly AmountCandidate[],
  circles: readonly PlacedCircle[],
  labels: readonly PlacedLabel[],
  viewport?: LabelViewport,
): { amounts: AmountSpot[]; dropped: Set<number> } {
  const held = labels.filter((l) => !l.yields).map((l) => l.box);
  const solid = circles.filter((c) => !c.yields);
  const amounts = placeAmounts(candidates, { circles: solid, boxes: held }, viewport);
  const dropped = new Set<number>();
  if (!amounts.length) return { amounts, dropped };
  labels.forEach((l, i) => {
    if (!l.yields) return;
    const b = l.box;
    for (const a of amounts) {
      const hw = a.width / 2;
      const hh = a.height / 2;
      if (b.x0 < a.x + hw && a.x - hw < b.x1 && b.y0 < a.y + hh && a.y - hh < b.y1) {
        dropped.add(i);
        return;
      }
    }
  });
  return { amounts, dropped };
}

/** Places amounts in priority order around `obstacles` (circles and label boxes, screen pixels). */
export function placeAmounts(
  candidates: readonly AmountCandidate[],
  obstacles: {
    readonly circles: readonly { x: number; y: number; r: number }[];
    readonly boxes: readonly Box[];
  },
  viewport?: LabelViewport,
): AmountSpot[] {
  const boxes = boxGrid();
  for (const b of obstacles.boxes) boxes.add(b);
  for (const b of viewport?.covers ?? []) boxes.add(b);
  // Built only when there is something to place: most views show no dollars.
  let circles: ReturnType<typeof circleIndex> | null = null;

  const order = [...candidates].sort((a, b) => b.priority - a.priority || a.edge - b.edge);
  const placed: AmountSpot[] = [];
  for (const c of order) {
    for (const spot of SPOTS) {
      const p = spotOn(c.curve, spot, c.height);
      const box = {
        x0: p.x - c.width / 2,
        y0: p.y - c.height / 2,
        x1: p.x + c.width / 2,
        y1: p.y + c.height / 2,
      };
      if (!insideViewport(box, viewport)) continue;
      if (boxes.overlaps(box)) continue;
      circles ??= circleIndex(obstacles.circles);
      if (circles.hits(box)) continue;
      boxes.add(box);
      placed.push({
        edge: c.edge,
        text: c.text,
        tentative: c.tentative,
        x: p.x,
        y: p.y,
        width: c.width,
        height: c.height,
      });
      break;
    }
  }
  return placed;
}
