/**
 * The pulse of "follow the dollar": a dot that travels along a deal's curve.
 * One requestAnimationFrame loop writing two attributes; nothing else moves.
 * Callers skip it entirely when the reader prefers reduced motion.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface Pulse {
  run(path: SVGPathElement, durationMs: number, radius: number): void;
  stop(): void;
  destroy(): void;
}

export function createPulse(layer: SVGGElement): Pulse {
  const dot = document.createElementNS(SVG_NS, 'circle');
  dot.setAttribute('class', 'pulse');
  dot.style.display = 'none';
  layer.appendChild(dot);
  let frame = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    dot.style.display = 'none';
  };
  return {
    run(path, durationMs, radius) {
      stop();
      const length = path.getTotalLength();
      if (!(length > 0)) return;
      dot.setAttribute('r', String(radius));
      dot.style.display = '';
      const start = performance.now();
      const step = (now: number) => {
        const t = Math.min(1, (now - start) / durationMs);
        const eased = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
        const p = path.getPointAtLength(length * eased);
        dot.setAttribute('cx', String(p.x));
        dot.setAttribute('cy', String(p.y));
        if (t < 1) frame = requestAnimationFrame(step);
        else dot.style.display = 'none';
      };
      frame = requestAnimationFrame(step);
    },
    stop,
    destroy() {
      stop();
      dot.remove();
    },
  };
}
