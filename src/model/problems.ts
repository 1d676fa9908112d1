/**
 * A listing of problems that stays readable: a file with 37,000 problems gets
 * the first few and one line saying how many more, in the CLI and in the app.
 */
import type { Problem } from './parse';

export function listProblems(
  problems: readonly Problem[],
  max: number,
): { shown: readonly Problem[]; more: string | null } {
  if (problems.length <= max) return { shown: problems, more: null };
  const rest = problems.length - max;
  return {
    shown: problems.slice(0, max),
    more: `… and ${rest.toLocaleString('en-US')} more problem${rest === 1 ? '' : 's'}`,
  };
}
