import { formatProblem, listProblems } from '../model';
import type { AppState } from '../state/store';
import { useAppStore } from './context';

const selectData = (s: AppState) => s.data;
const SHOWN = 12;

/**
 * What is wrong with the data, and where — in a live alert, so a screen reader
 * hears it, while the rest of the page keeps working.
 */
export function ErrorBanner({ onUseBundled }: { onUseBundled?: () => void }) {
  const data = useAppStore(selectData);
  if (data.state !== 'error') return null;
  const { shown, more } = listProblems(data.problems, SHOWN);
  return (
    <div className="error-banner" role="alert">
      <p>
        <strong>The data could not be shown.</strong> {data.message}
      </p>
      {data.problems.length > 0 && (
        <ul className="problems">
          {shown.map((p, i) => (
            <li key={i}>
              <code>{formatProblem(p)}</code>
            </li>
          ))}
          {more && <li>{more}.</li>}
        </ul>
      )}
      {data.source && onUseBundled && (
        <button type="button" className="button" onClick={onUseBundled}>
          Show the bundled dataset instead
        </button>
      )}
    </div>
  );
}
