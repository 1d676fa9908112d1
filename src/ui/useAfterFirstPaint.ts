import { startTransition, useDeferredValue, useEffect, useState } from 'react';

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

/**
 * False until the render that showed `key` has been committed and a task has
 * passed; then true, in a transition of its own. For the rest of a list after
 * its first rows: unlike useAfterFirstPaint, it splits the work also when the
 * list first renders inside a deferred render (there, useDeferredValue returns
 * the new value at once, so the first rows and the rest land in one commit).
 * `ready` false holds it back (the first rows are not shown yet).
 */
export function useAfterCommit(key: unknown, ready = true): boolean {
  const [done, setDone] = useState<{ key: unknown } | null>(null);
  const reached = done !== null && Object.is(done.key, key);
  useEffect(() => {
    if (!ready || reached) return;
    const timer = setTimeout(() => startTransition(() => setDone({ key })), 0);
    return () => clearTimeout(timer);
  }, [key, ready, reached]);
  return reached;
}
