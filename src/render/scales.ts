/**
 * Visual encodings of money: node area by dollars flowing through a company,
 * edge width by a deal's dollars. Both use square-root scales so that area (or
 * width) grows with the amount without the biggest deals drowning the rest.
 */
import { scaleSqrt } from 'd3-scale';

export const NODE_RADIUS = { min: 7, max: 38 } as const;
export const EDGE_WIDTH = { unknown: 1.25, min: 1.5, max: 11 } as const;

export function nodeRadiusScale(maxUsd: number): (usd: number | null) => number {
  const scale = scaleSqrt()
    .domain([0, Math.max(maxUsd, 1)])
    .range([NODE_RADIUS.min, NODE_RADIUS.max])
    .clamp(true);
  return (usd) => (usd == null ? NODE_RADIUS.min : scale(usd));
}

export function edgeWidthScale(maxUsd: number): (usd: number | null) => number {
  const scale = scaleSqrt()
    .domain([0, Math.max(maxUsd, 1)])
    .range([EDGE_WIDTH.min, EDGE_WIDTH.max])
    .clamp(true);
  return (usd) => (usd == null ? EDGE_WIDTH.unknown : scale(usd));
}
