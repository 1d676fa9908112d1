/**
 * The largest dataset the app will lay out and draw. Above it, the app says so
 * plainly (with the figures and the way out: filter the file with the CLI)
 * instead of freezing the tab. The layout runs in a worker, but the map is still
 * one SVG element per company and deal, whose cost grows faster than the data
 * (1,000 companies took about 11 s to draw on the 2-core reference machine, see
 * issue 11). The figure is a conservative estimate from that, not yet a
 * measurement at the limit; one named constant, so the canvas renderer can raise
 * it in one place.
 */
export const DRAW_LIMIT = { companies: 1_500, deals: 7_500 } as const;

export interface DatasetSize {
  readonly companies: number;
  readonly deals: number;
}

export function isTooBig(size: DatasetSize, limit: DatasetSize = DRAW_LIMIT): boolean {
  return size.companies > limit.companies || size.deals > limit.deals;
}

const n = (x: number) => x.toLocaleString('en-US');

/** The sentence a reader gets for a dataset over the limit. */
export function tooBigMessage(size: DatasetSize, limit: DatasetSize = DRAW_LIMIT): string {
  return (
    `This dataset is too big to draw in the browser: ${n(size.companies)} companies and ${n(size.deals)} deals. ` +
    `The map draws at most ${n(limit.companies)} companies and ${n(limit.deals)} deals, because laying out ` +
    `and drawing more would freeze the page for minutes. Filter it first with the command-line tool ` +
    `(npm run --silent filter -- file.json --min-usd 1B > smaller.json), then load the smaller file.`
  );
}
