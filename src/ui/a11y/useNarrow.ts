import { useSyncExternalStore } from 'react';

/** The width below which the app stacks the map over a bottom sheet (app.css agrees). */
export const NARROW_QUERY = '(max-width: 820px)';

const subscribe = (onChange: () => void) => {
  if (typeof matchMedia !== 'function') return () => {};
  const mq = matchMedia(NARROW_QUERY);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
};
const read = () => typeof matchMedia === 'function' && matchMedia(NARROW_QUERY).matches;

/** Whether the screen is narrow (a phone, or a desktop zoomed to 200 %). */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, read, () => false);
}
