import { formatProblem, listProblems, type Problem } from '../model';

/** How many problems a page lists before "… and N more problems" (the CLI lists 200). */
export const SHOWN_PROBLEMS = 12;

/** The located problems of a dataset, as the error banner and the Open dialog show them. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const { shown, more } = listProblems(problems, SHOWN_PROBLEMS);
  if (shown.length === 0) return null;
  return (
    <ul className="problems">
      {shown.map((p, i) => (
        <li key={i}>
          <code>{formatProblem(p)}</code>
        </li>
      ))}
      {more && <li>{more}.</li>}
    </ul>
  );
}
