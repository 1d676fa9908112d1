/**
 * Builders for the graph tests: deals with only the fields that matter to money,
 * the rest filled with valid defaults. Not used by the app.
 */
import type { Deal, DealEnd } from '../model/schema';
import type { DealStatus, DealType } from '../model/vocabulary';

export interface DealSpec {
  readonly id?: string;
  readonly type?: DealType;
  readonly usd?: number | null;
  readonly gw?: number | null;
  readonly on?: string;
  readonly status?: DealStatus;
  readonly firm?: number | null | undefined;
  readonly ended?: DealEnd | null;
}

let counter = 0;

/** A deal `from` → `to`; amount $1B, announced 2025-01-01 unless told otherwise. */
export function deal(from: string, to: string, spec: DealSpec = {}): Deal {
  return {
    id: spec.id ?? `deal-${from}-${to}-${counter++}`,
    from,
    to,
    type: spec.type ?? 'investment',
    amountUsd: spec.usd === undefined ? 1e9 : spec.usd,
    computeGw: spec.gw ?? null,
    announced: spec.on ?? '2025-01-01',
    status: spec.status ?? 'closed',
    ...(spec.firm === undefined ? {} : { firmUsd: spec.firm }),
    ...(spec.ended == null ? {} : { ended: spec.ended }),
    confidence: 'high',
    sources: [{ title: 'test', url: 'https://example.org/test' }],
  };
}

export const companiesOf = (...ids: string[]) => ids.map((id) => ({ id }));
