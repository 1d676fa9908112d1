import { useDeferredValue } from 'react';

const NOT_YET = Symbol('not yet');

/**
 * False in the render that shows `key` for the first time (a mount, or a new
 * company), true in the background render React runs once that one is on
 * screen (useDeferredValue with an initial value defers on mount too). A view
 * renders its first screenful at once and the rest when this turns true, so a
 * click paints what it asked for without waiting for rows below the fold.
 * Counts and labels must not depend on it: only which rows exist yet.
 */
export function useAfterFirstPaint(key: unknown): boolean {
  return Object.is(useDeferredValue(key, NOT_YET), key);
}
