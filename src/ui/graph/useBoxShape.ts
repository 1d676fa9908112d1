import { useLayoutEffect, useState, type RefObject } from 'react';

export type BoxShape = 'wide' | 'tall';

/**
 * Whether the graph's box is wide (desktop, article column) or tall (phone in
 * portrait), measured before the first paint so the reader only ever sees the
 * layout made for their box. Changes only when the box really changes shape.
 */
export function useBoxShape(ref: RefObject<HTMLElement | null>): BoxShape | null {
  const [shape, setShape] = useState<BoxShape | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const { width, height } = el.getBoundingClientRect();
      if (width === 0 || height === 0) return;
      setShape(height > width * 1.15 ? 'tall' : 'wide');
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return shape;
}
