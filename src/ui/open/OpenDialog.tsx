import type { RefObject } from 'react';
import { LOCAL_DATA } from '../../state/localData';
import { closeLocalFile } from '../../state/openLocal';
import type { AppState } from '../../state/store';
import { useAppStore, useStoreApi } from '../context';
import { ProblemList } from '../ProblemList';
import type { OpenState } from './useOpenDataset';

const selectLocal = (s: AppState) => s.data.source === LOCAL_DATA && s.data.state === 'ready';

/**
 * "Open a dataset…": a JSON file or CSV files from the reader's computer. The
 * files never leave the browser; problems are listed where they are
 * (`deals.csv row 14, column to: …`), as text — nothing from a file is HTML.
 */
export function OpenDialog({
  dialog,
  state,
  onFiles,
}: {
  dialog: RefObject<HTMLDialogElement | null>;
  state: OpenState;
  onFiles: (files: readonly File[]) => void;
}) {
  const store = useStoreApi();
  const local = useAppStore(selectLocal);
  const outcome = state.phase === 'done' ? state.outcome : null;
  const problems = outcome ? (outcome.ok ? outcome.warnings : outcome.problems) : [];

  return (
    <dialog ref={dialog} className="open-dialog" aria-labelledby="open-title">
      <form method="dialog" className="open-close">
        <button type="submit" className="button icon" aria-label="Close">
          ×
        </button>
      </form>
      <h2 id="open-title">Open a dataset</h2>
      <p>
        A version-1 JSON file, or a <code>deals.csv</code> with an optional{' '}
        <code>companies.csv</code> (templates:{' '}
        <a href="templates/deals.csv" download>
          deals.csv
        </a>
        ,{' '}
        <a href="templates/companies.csv" download>
          companies.csv
        </a>
        ). The file stays in this browser: nothing is uploaded.
      </p>
      <label className="button open-choose">
        Choose files…
        <input
          type="file"
          className="visually-hidden"
          accept=".json,.csv,.tsv,.txt,application/json,text/csv"
          multiple
          onChange={(e) => {
            const files = Array.from(e.currentTarget.files ?? []);
            e.currentTarget.value = '';
            if (files.length) onFiles(files);
          }}
        />
      </label>
      <p className="muted">Or drop the files anywhere on the map.</p>
      <div role="status" className="open-status">
        {state.phase === 'reading' && <p>Reading {state.names}…</p>}
        {outcome?.ok && <p>{outcome.summary}</p>}
      </div>
      {outcome && !outcome.ok && (
        <div role="alert" className="open-problems">
          <p>
            <strong>Not opened.</strong> {outcome.message} The map is unchanged.
          </p>
          <ProblemList problems={problems} />
        </div>
      )}
      {outcome?.ok && problems.length > 0 && (
        <div className="open-problems">
          <p>Warnings:</p>
          <ProblemList problems={problems} />
        </div>
      )}
      {local && (
        <p className="open-local">
          The map shows a file you opened; it is kept in this browser until you close it.{' '}
          <button
            type="button"
            className="button"
            onClick={() => {
              void closeLocalFile(store);
              dialog.current?.close();
            }}
          >
            Close the file
          </button>
        </p>
      )}
    </dialog>
  );
}
