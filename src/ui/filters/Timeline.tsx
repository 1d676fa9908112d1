/**
 * Time: a from–until range over the months deals were announced, a play button
 * that replays history month by month (deals appear as they were announced;
 * the layout does not move, because it belongs to the whole dataset), the
 * "as of" date and counts of what is shown.
 */
import { useEffect, useMemo } from 'react';
import { dateEnd, monthRange } from '../../graph/filter';
import { dateStart, formatDate, type Dataset } from '../../model';
import type { AppState } from '../../state/store';
import { useActions, useAppStore, useFiltered } from '../context';

const selectFrom = (s: AppState) => s.view.filters.from;
const selectUntil = (s: AppState) => s.view.filters.until;
const selectReplaying = (s: AppState) => s.replaying;
/** How long each month stays on screen while playing. */
export const MONTH_MS = 380;

export function Timeline({ dataset }: { dataset: Dataset }) {
  const months = useMemo(() => monthRange(dataset), [dataset]);
  const from = useAppStore(selectFrom);
  const until = useAppStore(selectUntil);
  const filtered = useFiltered();
  const { setFilters, setReplaying: setPlaying } = useActions();
  const playing = useAppStore(selectReplaying);

  const last = months.length - 1;
  // Bounds may be a year, a month or a day: the sliders stand on the months
  // those periods start (from) and end (until) in.
  const fromIndex = from == null ? 0 : clampIndex(months, dateStart(from).slice(0, 7), 0);
  const untilIndex = until == null ? last : clampIndex(months, dateEnd(until).slice(0, 7), last);

  const setRange = (f: number, u: number) =>
    setFilters({
      from: f <= 0 ? null : (months[f] ?? null),
      until: u >= last ? null : (months[u] ?? null),
    });

  // The replay lives as long as this control: leaving (a new dataset loading,
  // say) stops it, so it never restarts by itself.
  useEffect(() => () => setPlaying(false), [setPlaying]);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const next = untilIndex + 1;
      if (next >= last) {
        setFilters({ until: null });
        setPlaying(false);
      } else setFilters({ until: months[next] ?? null });
    }, MONTH_MS);
    return () => clearInterval(timer);
  }, [playing, untilIndex, last, months, setFilters, setPlaying]);

  const play = () => {
    // From the start of the range when at the end; otherwise carry on from here.
    if (untilIndex >= last) setFilters({ until: months[fromIndex] ?? null });
    setPlaying(true);
  };

  if (months.length < 2) return null;
  const shownCompanies = filtered?.activeCompanyIds.size ?? 0;
  // "As of" is the end of the range, never later than the data itself.
  const end = until == null ? dataset.asOf : dateEnd(until);
  const asOf = dateStart(end) < dateStart(dataset.asOf) ? end : dataset.asOf;

  return (
    <div className="timeline">
      <button
        type="button"
        className="play"
        aria-label={playing ? 'Pause the time-lapse' : 'Play the time-lapse, month by month'}
        aria-pressed={playing}
        onClick={() => (playing ? setPlaying(false) : play())}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          {playing ? <path d="M3 2h3.5v12H3zM9.5 2H13v12H9.5z" /> : <path d="M3 1.5v13l11-6.5z" />}
        </svg>
      </button>
      <div className="range" style={rangeStyle(fromIndex, untilIndex, last)}>
        <input
          type="range"
          aria-label="From"
          aria-valuetext={label(months[fromIndex])}
          min={0}
          max={last}
          value={fromIndex}
          onChange={(e) => {
            setPlaying(false);
            setRange(Math.min(Number(e.target.value), untilIndex), untilIndex);
          }}
        />
        <input
          type="range"
          aria-label="Until"
          aria-valuetext={label(months[untilIndex])}
          min={0}
          max={last}
          value={untilIndex}
          onChange={(e) => {
            setPlaying(false);
            setRange(fromIndex, Math.max(Number(e.target.value), fromIndex));
          }}
        />
      </div>
      <p className="timeline-text" aria-live={playing ? 'off' : 'polite'}>
        <span className="as-of">
          As of <strong>{formatDate(asOf)}</strong>
          {from != null && <> · from {label(months[fromIndex])}</>}
        </span>
        <span className="counts">
          {filtered?.deals.length ?? 0} of {dataset.deals.length} deals · {shownCompanies} of{' '}
          {dataset.companies.length} companies
        </span>
      </p>
    </div>
  );
}

function clampIndex(months: readonly string[], month: string, fallback: number): number {
  const i = months.indexOf(month);
  if (i >= 0) return i;
  if (month < (months[0] ?? '')) return 0;
  if (month > (months[months.length - 1] ?? '')) return months.length - 1;
  return fallback;
}

const label = (month: string | undefined) => (month ? formatDate(month) : '');

function rangeStyle(from: number, until: number, last: number) {
  return {
    ['--from' as string]: `${(from / last) * 100}%`,
    ['--until' as string]: `${(until / last) * 100}%`,
  };
}
