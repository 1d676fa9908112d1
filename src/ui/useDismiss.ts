import { useEffect, type RefObject } from 'react';

/** A <details> menu closes on a click elsewhere or on Escape (focus back on its summary), as menus do. */
export function useDismiss(ref: RefObject<HTMLDetailsElement | null>): void {
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const root = details.getRootNode() as Document | ShadowRoot;
    const onPointer = (e: Event) => {
      if (details.open && !e.composedPath().includes(details)) details.open = false;
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && details.open) {
        e.preventDefault();
        e.stopPropagation();
        details.open = false;
        details.querySelector('summary')?.focus();
      }
    };
    root.addEventListener('pointerdown', onPointer);
    details.addEventListener('keydown', onKey);
    return () => {
      root.removeEventListener('pointerdown', onPointer);
      details.removeEventListener('keydown', onKey);
    };
  }, [ref]);
}
