import type { DealType } from '../model';

/** The colour key of a deal type, as a small line with an arrowhead. */
export function TypeSwatch({ type, dashed = false }: { type: DealType; dashed?: boolean }) {
  return (
    <svg
      className={`swatch type-${type}`}
      width="22"
      height="10"
      viewBox="0 0 22 10"
      aria-hidden="true"
    >
      <path d="M1 5H15" strokeWidth="2.5" strokeDasharray={dashed ? '3 2' : undefined} />
      <path d="M21 5L14 1.5V8.5Z" />
    </svg>
  );
}
