/** File reading and exit codes shared by the command-line tools. */
import { readFileSync } from 'node:fs';
import { formatProblem, parseDatasetText, type ParseResult } from '../model';

export function readDataset(file: string): ParseResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(err);
    return { ok: false, errors: [{ path: file, message: `cannot read file: ${reason}` }] };
  }
  return parseDatasetText(text);
}

/** Reads and validates, or prints every problem to stderr and exits 1. */
export function loadOrExit(file: string | undefined, usage: string) {
  if (!file) fail([usage]);
  const result = readDataset(file);
  if (!result.ok) fail(result.errors.map(formatProblem));
  return result;
}

export function fail(lines: readonly string[]): never {
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.exit(1);
}
