/**
 * Visual encodings of money: node area by dollars flowing through a company,
 * edge width by a deal's dollars. Both use square-root scales so that area (or
 * width) grows with the amount without the biggest deals drowning the rest.
 */
import { scaleSqrt } from 'd3-scale';

export const NODE_RADIUS = { min: 7, max: 38 } as const;
export const EDGE_WIDTH = { unknown: 1.25, min: 1.5, max: 11 } as const;

/** A scale's top: a finite amount of at least $1 (an empty or broken graph still draws). */
const top = (maxUsd: number) => (Number.isFinite(maxUsd) ? Math.max(maxUsd, 1) : 1);
/** Sizes from amounts that are not finite numbers fall back to the "unknown" size. */
const known = (usd: number | null): usd is number => usd != null && Number.isFinite(usd);

export function nodeRadiusScale(maxUsd: number): (usd: number | null) => number {
  const scale = scaleSqrt()
    .domain([0, top(maxUsd)])
    .range([NODE_RADIUS.min, NODE_RADIUS.max])
    .clamp(true);
  return (usd) => (known(usd) ? scale(usd) : NODE_RADIUS.min);
}

export function edgeWidthScale(maxUsd: number): (usd: number | null) => number {
  const scale = scaleSqrt()
    .domain([0, top(maxUsd)])
    .range([EDGE_WIDTH.min, EDGE_WIDTH.max])
    .clamp(true);
  return (usd) => (known(usd) ? scale(usd) : EDGE_WIDTH.unknown);
}
