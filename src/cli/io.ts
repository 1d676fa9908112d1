/**
 * File reading, problem listings and exit codes shared by the command-line tools.
 *
 * Never `process.exit()` after writing: through a pipe, stderr and stdout are
 * written asynchronously, and exiting at once loses what is still queued (37,107
 * problem lines came out as 544). `fail` sets `process.exitCode` and unwinds to
 * `runCli`, and the process ends by itself once every stream has drained.
 */
import { readFileSync } from 'node:fs';
import {
  decodeDatasetBytes,
  formatProblem,
  listProblems,
  parseDatasetText,
  type ParseResult,
  type Problem,
} from '../model';

/** Problems a CLI lists before "… and N more problems" (`--all` lists every one). */
export const CLI_LISTED = 200;

export function readDataset(file: string): ParseResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(err);
    return { ok: false, errors: [{ path: file, message: `cannot read file: ${reason}` }] };
  }
  // The same decoding as the app, so a byte-order mark means the same to both.
  return parseDatasetText(decodeDatasetBytes(bytes));
}

/** `path: message` lines, at most `max` of them, then "… and N more problems". */
export function problemLines(
  problems: readonly Problem[],
  { max = CLI_LISTED, prefix = '' } = {},
): string[] {
  const { shown, more } = listProblems(problems, max);
  const lines = shown.map((p) => `${prefix}${formatProblem(p)}`);
  if (more) lines.push(`${prefix}${more} (--all lists every one)`);
  return lines;
}

/** Reads and validates, or prints the problems to stderr and fails. */
export function loadOrExit(file: string | undefined, usage: string, { all = false } = {}) {
  if (!file) fail([usage]);
  const result = readDataset(file);
  if (!result.ok) fail(problemLines(result.errors, all ? { max: Infinity } : {}));
  return result;
}

class CliExit {
  constructor(readonly code: number) {}
}

/** Prints the lines on stderr and ends the command with exit code 1 (see the header). */
export function fail(lines: readonly string[]): never {
  process.stderr.write(lines.map((line) => `${line}\n`).join(''));
  throw new CliExit(1);
}

/** Ends the command early with exit code 0 (after `--help`, say). */
export function done(): never {
  throw new CliExit(0);
}

/** Runs a command's body; `fail` and `done` unwind to here and set the exit code. */
export function runCli(main: () => void): void {
  try {
    main();
  } catch (err) {
    if (!(err instanceof CliExit)) throw err;
    process.exitCode = err.code;
  }
}
