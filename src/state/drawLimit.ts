/**
 * The largest dataset the app will lay out and draw. Above it, the app says so
 * plainly (with the figures and the way out: filter the file with the CLI)
 * instead of freezing the tab. Measured (docs/performance.md, `npm run
 * bench:view`): with the layout and the canvas painted in workers, 5,000
 * companies and 20,000 deals draw their first picture in under 2.5 s and pan
 * smoothly on the 2-core reference machine; the limit leaves room for a few
 * more deals per company than the benchmark's four.
 */
export const DRAW_LIMIT = { companies: 5_000, deals: 25_000 } as const;

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
