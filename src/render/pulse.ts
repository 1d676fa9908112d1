/**
 * The pulse of "follow the dollar": a dot that travels along a deal's curve,
 * driven here (one requestAnimationFrame loop) and drawn by the renderer on its
 * interactive layer, so the static picture is not repainted per pulse frame.
 * Callers skip it entirely when the reader prefers reduced motion.
 */
export interface PulseTarget {
  pulse(dealId: string | null, progress?: number): void;
}

export interface Pulse {
  run(dealId: string, durationMs: number): void;
  stop(): void;
  destroy(): void;
}

export function createPulse(target: () => PulseTarget | null): Pulse {
  let frame = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    frame = 0;
    target()?.pulse(null);
  };
  return {
    run(dealId, durationMs) {
      stop();
      const start = performance.now();
      const step = (now: number) => {
        const t = Math.min(1, (now - start) / durationMs);
        const eased = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
        const r = target();
        if (!r) return;
        if (t < 1) {
          r.pulse(dealId, eased);
          frame = requestAnimationFrame(step);
        } else {
          r.pulse(null);
          frame = 0;
        }
      };
      target()?.pulse(dealId, 0);
      frame = requestAnimationFrame(step);
    },
    stop,
    destroy: stop,
  };
}
