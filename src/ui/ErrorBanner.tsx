import type { AppState } from '../state/store';
import { useAppStore } from './context';
import { ProblemList } from './ProblemList';

const selectData = (s: AppState) => s.data;

/**
 * What is wrong with the data, and where — in a live alert, so a screen reader
 * hears it, while the rest of the page keeps working.
 */
export function ErrorBanner({ onUseBundled }: { onUseBundled?: () => void }) {
  const data = useAppStore(selectData);
  if (data.state !== 'error') return null;
  return (
    <div className="error-banner" role="alert">
      <p>
        <strong>The data could not be shown.</strong> {data.message}
      </p>
      <ProblemList problems={data.problems} />
      {data.source && onUseBundled && (
        <button type="button" className="button" onClick={onUseBundled}>
          Show the bundled dataset instead
        </button>
      )}
    </div>
  );
}
