/**
 * "Money paths to…": the second company for money paths, chosen from a list —
 * the way to paths for a touch screen or a keyboard, where Shift-click is not.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { DatasetIndex } from '../../model';
import type { AppState } from '../../state/store';
import { useActions, useAppStore } from '../context';

const selectTarget = (s: AppState) => s.view.target;
const byName = new Intl.Collator();

export function PathsTo({ from, view }: { from: string; view: DatasetIndex }) {
  const { selectCompany } = useActions();
  const target = useAppStore(selectTarget);
  const [open, setOpen] = useState(false);
  const selectRef = useRef<HTMLSelectElement>(null);
  const id = useId();
  const name = view.companyById.get(from)?.name ?? from;
  const shown = open || target != null;
  // Listed only once the list is open: sorting 5,000 names cost a click ~7 ms.
  const others = useMemo(
    () =>
      shown
        ? [...view.companyById.values()]
            .filter((c) => c.id !== from && (view.flow.get(c.id)?.dealCount ?? 0) > 0)
            .sort((a, b) => byName.compare(a.name, b.name))
        : [],
    [view, from, shown],
  );
  useEffect(() => {
    if (open) selectRef.current?.focus();
  }, [open]);

  return (
    <div className="paths-to">
      {!shown ? (
        <button
          type="button"
          className="button"
          data-action="paths-to"
          onClick={() => setOpen(true)}
        >
          Money paths to…
        </button>
      ) : (
        <>
          <label htmlFor={id}>Money paths from {name} to</label>
          <select
            id={id}
            ref={selectRef}
            data-action="paths-to"
            value={target ?? ''}
            onChange={(e) => {
              const to = e.target.value;
              if (to) selectCompany(to, { additive: true });
              else selectCompany(from);
            }}
          >
            <option value="">Choose a company…</option>
            {others.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="icon-button"
            aria-label="Close money paths"
            onClick={() => {
              setOpen(false);
              if (target) selectCompany(from);
            }}
          >
            <span aria-hidden="true">×</span>
          </button>
        </>
      )}
    </div>
  );
}
