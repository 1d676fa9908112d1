/**
 * The shapes the money-loop engine hands to its callers (the app, the CLI).
 * Plain data: every field is computed once by the search and never mutated.
 */

/** All the deals in view from one company to another, as one directed step of money. */
export interface Hop {
  readonly from: string;
  readonly to: string;
  /** The deals behind this hop, in dataset order (never empty). */
  readonly dealIds: readonly string[];
  /** Sum of the known deal dollars; null when no deal of the hop has a figure. */
  readonly usd: number | null;
  /** Some of `usd` comes from computeGw × usdPerGigawatt. */
  readonly estimated: boolean;
  /** `usd` leaves out deals with no figure (false when `usd` is null). */
  readonly partial: boolean;
  /** Sum of the deals' known firm dollars (graph/firm.ts); null when none is known. */
  readonly firmUsd: number | null;
  /** Some of `firmUsd` comes from computeGw × usdPerGigawatt. */
  readonly firmEstimated: boolean;
  /** The earliest `announced` date of its (counting) deals, as written in the data. */
  readonly since: string;
}

/**
 * A directed simple cycle of companies. `companies[0]` is where the loop is read
 * from and is not repeated at the end; `hops[i]` goes from `companies[i]` to
 * `companies[(i + 1) % n]`.
 */
export interface Loop {
  readonly companies: readonly string[];
  readonly hops: readonly Hop[];
  /** Headline dollars: the smallest hop, the most money that can have gone all the way round. null = unknown. */
  readonly circulatingUsd: number | null;
  /** Some hop's dollars are (partly) estimated from gigawatts. */
  readonly estimated: boolean;
  /** Firm dollars: the smallest hop's firm dollars (0 is a figure); null = unknown. */
  readonly firmUsd: number | null;
  readonly firmEstimated: boolean;
  /** One counting deal per hop can be picked so that, from some hop, each is announced on or after the last. */
  readonly inOrder: boolean;
  /** "Complete since": the latest hop `since`, the date the loop first existed (never say "closed"). */
  readonly closedOn: string;
}

/** A directed simple path of money from `companies[0]` to the last company. */
export interface MoneyPath {
  /** From … to, both included. */
  readonly companies: readonly string[];
  /** `hops[i]` goes from `companies[i]` to `companies[i + 1]`. */
  readonly hops: readonly Hop[];
  /** The smallest hop; null = unknown. */
  readonly throughputUsd: number | null;
  readonly estimated: boolean;
  /** The smallest hop's firm dollars; null = unknown. */
  readonly firmUsd: number | null;
  readonly firmEstimated: boolean;
  /** One deal per hop can be picked, from the first hop on, each announced on or after the last. */
  readonly inOrder: boolean;
  /** The latest hop `since`: the date the path first existed. */
  readonly openedOn: string;
}

/**
 * Why a search returned fewer results than exist: `limit` — the cap cut the list
 * (the results are still the top ones); `time` — the time budget ran out (the
 * results are the best of those found so far).
 */
export type StopReason = 'limit' | 'time';

export interface LoopSearch {
  /** The company the loops go through; null for the top loops of the whole graph. */
  readonly through: string | null;
  readonly maxLength: number;
  /** The figure the loops are ranked by: the graph's `rank`. */
  readonly rank: 'firm' | 'headline';
  /** The graph's view date (null: every deal that has not ended). */
  readonly asOf: string | null;
  /** Sorted by the ranked figure (unknown last), then fewer companies, earlier closedOn, ids. */
  readonly loops: Loop[];
  /** Loops found: exact when not truncated, otherwise a lower bound (> loops.length for `limit`). */
  readonly total: number;
  /** More loops may exist than are listed. */
  readonly truncated: boolean;
  readonly stoppedBy: StopReason | null;
  readonly elapsedMs: number;
}

/**
 * A loop search's results as indices into its graph (plain data and typed
 * arrays, so a worker can send them back without copying objects): loop i has
 * the companies vertices[offsets[i] .. offsets[i + 1] - 1] and the hops
 * edges[offsets[i] .. offsets[i + 1] - 1], in `LoopSearch.loops` order.
 * `loopsOfRecords` (loops.ts) makes the LoopSearch with the graph's own hops.
 */
export interface LoopRecords extends Omit<LoopSearch, 'loops'> {
  readonly offsets: Int32Array;
  readonly vertices: Int32Array;
  readonly edges: Int32Array;
}

export interface PathSearch {
  readonly from: string;
  readonly to: string;
  readonly maxLength: number;
  /** Shortest first, then by throughput (unknown last), earlier openedOn, ids. */
  readonly paths: MoneyPath[];
  /** Paths found: exact when not truncated, otherwise a lower bound. */
  readonly total: number;
  readonly truncated: boolean;
  readonly stoppedBy: StopReason | null;
  readonly elapsedMs: number;
}

export interface SearchOptions {
  /** Most companies in a loop (or on a path, both ends included): an integer from 2 to 10. Default 6. */
  readonly maxLength?: number;
  /** Most results returned: a positive integer, or Infinity for no cap. */
  readonly limit?: number;
  /** Wall-clock budget in milliseconds (Infinity for none). Default 250. */
  readonly timeBudgetMs?: number;
  /** Keep only loops (paths) in time order; the cap then keeps the top ones of those. */
  readonly inOrder?: boolean;
}
