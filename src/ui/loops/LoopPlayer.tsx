/**
 * "Follow the dollar": tells a loop hop by hop. A pulse travels each deal in
 * turn while a card shows the deal's parties, amount, date and source. ←/→
 * step, Space plays or pauses. With reduced motion there is no travelling
 * pulse: the steps change without animation. Each step is also announced to
 * screen readers.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Loop } from '../../graph';
import { citeLoop } from '../../graph/citeLoop';
import {
  formatDate,
  formatDollars,
  STATUS_LABELS,
  TYPE_LABELS,
  type DatasetIndex,
} from '../../model';
import { createPulse, type Pulse } from '../../render/pulse';
import type { AppState } from '../../state/store';
import { useActions, useAppStore, useDataset, useKeyScope } from '../context';
import { useGraphHandle } from '../graph/handle';
import { prefersReducedMotion } from '../media';
import { SourceLink } from '../panel/SourceList';
import { TypeSwatch } from '../TypeSwatch';
import { firmText, headlineText, hopDollarsText } from './money';
import { chainText } from './text';

/** How long each hop is on screen while playing. */
export const HOP_MS = 1800;

const selectStep = (s: AppState) => s.step;
const selectPlaying = (s: AppState) => s.playing;

export function LoopPlayer({ loop, index }: { loop: Loop; index: DatasetIndex }) {
  const dataset = useDataset();
  const step = useAppStore(selectStep);
  const playing = useAppStore(selectPlaying);
  const { setStep, setPlaying, selectLoop } = useActions();
  const graph = useGraphHandle();
  const scope = useKeyScope();
  const pulse = useRef<Pulse | null>(null);
  const titleId = useId();
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const n = loop.hops.length;
  const hop = step == null ? null : loop.hops[step];

  // Playing: advance one hop at a time; stop at the last.
  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(
      () => {
        if (step == null) setStep(0);
        else if (step + 1 < n) setStep(step + 1);
        else setPlaying(false);
      },
      step == null ? 0 : HOP_MS,
    );
    return () => clearTimeout(timer);
  }, [playing, step, n, setStep, setPlaying]);

  // The pulse: made on first use (the graph may mount after this panel), run
  // on each step, removed with the player.
  useEffect(
    () => () => {
      pulse.current?.destroy();
      pulse.current = null;
    },
    [],
  );
  useEffect(() => {
    if (!hop || prefersReducedMotion()) {
      pulse.current?.stop();
      return;
    }
    if (!graph?.current) return;
    pulse.current ??= createPulse(() => graph.current?.renderer ?? null);
    // Along the biggest deal of the hop.
    const dollarsOf = (id: string) => {
      const deal = index.dealById.get(id);
      return deal ? (index.dollars(deal).usd ?? -1) : -1;
    };
    const main = [...hop.dealIds].sort((a, b) => dollarsOf(b) - dollarsOf(a))[0];
    if (main) pulse.current.run(main, HOP_MS * 0.75);
  }, [hop, graph, index]);

  const go = (s: number) => {
    setPlaying(false);
    setStep(Math.max(0, Math.min(n - 1, s)));
  };
  const toggle = () => {
    if (playing) setPlaying(false);
    else {
      if (step != null && step >= n - 1) setStep(null);
      setPlaying(true);
    }
  };

  // Keyboard: ←/→ step and Space plays, unless the reader is typing or on a slider.
  const keys = useRef({ go, toggle, step });
  useEffect(() => {
    keys.current = { go, toggle, step };
  });
  useEffect(() => {
    const onKey = (event: Event) => {
      const e = event as KeyboardEvent;
      const el = e.target as HTMLElement | null;
      if (
        e.defaultPrevented ||
        e.altKey ||
        e.ctrlKey ||
        e.metaKey ||
        el?.closest('input, select, textarea, dialog, [role="combobox"], [role="slider"], summary')
      )
        return;
      const { go, toggle, step } = keys.current;
      if (e.key === 'ArrowRight') go(step == null ? 0 : step + 1);
      else if (e.key === 'ArrowLeft') go(step == null ? 0 : step - 1);
      else if (e.key === ' ' && !el?.closest('button, a')) toggle();
      else return;
      e.preventDefault();
    };
    scope.addEventListener('keydown', onKey);
    return () => scope.removeEventListener('keydown', onKey);
  }, [scope]);

  const cite = async () => {
    if (!dataset) return;
    const text = citeLoop(loop, index, dataset, window.location.href);
    try {
      await navigator.clipboard.writeText(text);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  useEffect(() => {
    if (copied !== 'copied') return;
    const t = setTimeout(() => setCopied('idle'), 2500);
    return () => clearTimeout(t);
  }, [copied]);

  const name = (id: string) => index.companyById.get(id)?.name ?? id;

  return (
    <section className="player" aria-labelledby={titleId}>
      <header className="player-head">
        <div>
          <p className="eyebrow">Selected loop</p>
          <h4 id={titleId}>{chainText(loop.companies, index)}</h4>
          <p className="player-total">
            <strong>{firmText(loop)}</strong>
            {headlineText(loop) ? ` · ${headlineText(loop)}` : ''} can have gone all the way round ·
            complete since {formatDate(loop.closedOn)}
            {loop.inOrder ? ' · in time order' : ''}
          </p>
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label="Close loop"
          onClick={() => selectLoop(null)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="player-controls" role="group" aria-label="Follow the dollar">
        <button
          type="button"
          className="button"
          aria-label="Previous hop"
          disabled={step == null || step === 0}
          onClick={() => go((step ?? 0) - 1)}
        >
          ←
        </button>
        <button
          type="button"
          className="button play-button"
          aria-pressed={playing}
          onClick={toggle}
        >
          {playing
            ? 'Pause'
            : step == null
              ? 'Follow the dollar'
              : step >= n - 1
                ? 'Replay'
                : 'Play'}
        </button>
        <button
          type="button"
          className="button"
          aria-label="Next hop"
          disabled={step != null && step >= n - 1}
          onClick={() => go(step == null ? 0 : step + 1)}
        >
          →
        </button>
        <span className="player-step muted">
          {step == null ? `${n} hops` : `Hop ${step + 1} of ${n}`}
        </span>
      </div>
      <ol className="hops">
        {loop.hops.map((h, i) => (
          <li key={`${h.from}-${h.to}`} className={i === step ? 'hop is-current' : 'hop'}>
            <button
              type="button"
              className="hop-head"
              aria-current={i === step ? 'step' : undefined}
              onClick={() => go(i)}
            >
              <span>
                {name(h.from)} → {name(h.to)}
              </span>
              <span className="hop-amount">
                {hopDollarsText(h)}
                {h.partial && (
                  <span title="plus deals of undisclosed amount">
                    +<span className="visually-hidden"> deals of undisclosed amount</span>
                  </span>
                )}
              </span>
            </button>
            {i === step && (
              <ul className="hop-deals">
                {h.dealIds.map((id) => {
                  const deal = index.dealById.get(id);
                  if (!deal) return null;
                  const dollars = index.dollars(deal);
                  return (
                    <li key={id}>
                      <p>
                        <TypeSwatch type={deal.type} /> {TYPE_LABELS[deal.type]} ·{' '}
                        <strong>{deal.amountText ?? formatDollars(dollars)}</strong>
                        {dollars.estimated && <> (counted as {formatDollars(dollars)})</>} ·{' '}
                        {formatDate(deal.announced)} · {STATUS_LABELS[deal.status]}
                      </p>
                      {deal.sources[0] && (
                        <p className="small">
                          <SourceLink source={deal.sources[0]} />
                        </p>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {hop
          ? `Hop ${(step ?? 0) + 1} of ${n}: ${name(hop.from)} pays ${name(hop.to)} ${hopDollarsText(hop)}.`
          : ''}
      </p>
      <div className="player-foot">
        <button type="button" className="button" onClick={cite}>
          Cite this loop
        </button>
        <span role="status" className="muted small">
          {copied === 'copied'
            ? 'Copied: the chain with every deal’s amount, date and source.'
            : copied === 'failed'
              ? 'Copying was blocked by the browser.'
              : ''}
        </span>
      </div>
      {copied === 'failed' && dataset && (
        <textarea
          className="cite-text"
          aria-label="Citation of this loop"
          readOnly
          rows={8}
          value={citeLoop(loop, index, dataset, window.location.href)}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
      <p className="muted small key-hint">
        Keys: ← → step through the hops, Space plays or pauses.
      </p>
      <p className="muted small touch-hint">Tap a hop to see it; Play runs the loop.</p>
    </section>
  );
}
