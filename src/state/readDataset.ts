/**
 * Text (or bytes) in → a dataset, located problems, or "too big to draw" out.
 * The one routine behind every way a dataset file reaches the app — a URL, and
 * later a local file — run inside the dataset worker, or on the main thread
 * where workers are unavailable. Pure: no DOM, no store.
 *
 * Order matters for big files: JSON first (fast), then the size check (so a
 * 22 MB file is refused in well under a second), and only then the schema and
 * reference checks, which take seconds on 100,000 deals.
 */
import { decodeDatasetBytes, parseDataset, parseJsonText, type ParseResult } from '../model';
import { DRAW_LIMIT, isTooBig, type DatasetSize } from './drawLimit';

export type ReadOutcome =
  | { readonly kind: 'parsed'; readonly result: ParseResult }
  | { readonly kind: 'too-big'; readonly size: DatasetSize };

export type ReadPhase = 'download' | 'read' | 'check';

export interface ReadProgress {
  readonly phase: ReadPhase;
  /** Bytes so far and in all (null when the server does not say), while downloading. */
  readonly loaded?: number;
  readonly total?: number | null;
  /** What is being checked, once the JSON is read. */
  readonly size?: DatasetSize;
}

export interface ReadOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: ReadProgress) => void;
}

export function readDataset(
  input: string | ArrayBuffer,
  onProgress: (p: ReadProgress) => void = () => undefined,
  limit: DatasetSize = DRAW_LIMIT,
): ReadOutcome {
  onProgress({ phase: 'read' });
  const text = typeof input === 'string' ? input : decodeDatasetBytes(input);
  const json = parseJsonText(text);
  if (!json.ok) return { kind: 'parsed', result: json };
  const size = sizeOf(json.value);
  if (isTooBig(size, limit)) return { kind: 'too-big', size };
  onProgress({ phase: 'check', size });
  return { kind: 'parsed', result: parseDataset(json.value) };
}

function sizeOf(value: unknown): DatasetSize {
  const length = (key: string) => {
    if (typeof value !== 'object' || value === null) return 0;
    const list = (value as Record<string, unknown>)[key];
    return Array.isArray(list) ? list.length : 0;
  };
  return { companies: length('companies'), deals: length('deals') };
}
