/**
 * Direct loops and longer chains (issue 10).
 *
 * Contract: a loop of at most DIRECT_LOOP_MAX companies is **direct**; a longer
 * one is a **chain of separate deals**. `directFirst` splits a ranked list into
 * the two, each keeping the list's order. Nothing is dropped or re-ranked: the
 * searches still return the exact top N (issue 9), and callers choose how to
 * show the two groups.
 *
 * Why length: a 2-company loop is a deal and the deal that brings the money back
 * (an investment spent on the investor's cloud or chips); a 3-company loop is
 * the triangle newsrooms print (Nvidia → OpenAI → Oracle → Nvidia). From 4
 * companies on, the number of possible cycles grows combinatorially, so among a
 * few large hubs there are always long chains whose smallest hop is big simply
 * because every hop is between giants: in the December 2026 edition, 4 of the
 * top 10 loops of up to 6 companies were such chains (Amazon → Anthropic →
 * Nvidia → OpenAI → Amazon), and time order removed only two of them. Nothing in
 * the data ties those deals to each other, so they are shown, and labelled, as
 * what they are. The full argument is in docs/loops.md.
 */
import type { Loop } from './types';

export const DIRECT_LOOP_MAX = 3;

export const isChain = (loop: Pick<Loop, 'companies'>): boolean =>
  loop.companies.length > DIRECT_LOOP_MAX;

export function directFirst<T extends Pick<Loop, 'companies'>>(
  loops: readonly T[],
): { direct: T[]; chains: T[] } {
  const direct: T[] = [];
  const chains: T[] = [];
  for (const loop of loops) (isChain(loop) ? chains : direct).push(loop);
  return { direct, chains };
}
