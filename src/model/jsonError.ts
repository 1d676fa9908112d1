/**
 * Where a JSON text first goes wrong. Engines disagree on how (or whether) they
 * say so — V8 often names only the token — so we find the place ourselves with
 * a small scanner that follows the JSON grammar and stops at the first error.
 * Only called after JSON.parse has failed; it never builds values.
 *
 * Iterative, with an explicit stack of open brackets: a file is untrusted, and
 * 100,000 `[` in a row must be located, not overflow the call stack.
 */

export interface JsonErrorPlace {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  /** A short reason in our own words. */
  readonly reason: string;
}

const WS = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

class Located {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

export function locateJsonError(text: string): JsonErrorPlace | null {
  let i = 0;
  const fail = (reason: string): never => {
    throw new Located(i, reason);
  };
  const end = () => i >= text.length;
  const ws = () => {
    while (i < text.length && WS.has(text[i] ?? '')) i++;
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length) {
      const c = text[i] ?? '';
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const e = text[i + 1] ?? '';
        if (e === 'u') {
          if (!HEX4.test(text.slice(i + 2, i + 6))) fail('bad \\u escape in a string');
          i += 6;
        } else if (ESCAPES.has(e)) i += 2;
        else fail('bad escape in a string');
      } else if (c < ' ') fail('unescaped control character (a line break?) in a string');
      else i++;
    }
    fail('unexpected end of file inside a string');
  };
  /** A property name and its colon; the scanner is then before the member's value. */
  const key = () => {
    ws();
    if (text[i] !== '"')
      fail(text[i] === '}' ? 'trailing comma before "}"' : 'expected a "quoted" property name');
    string();
    ws();
    if (text[i] !== ':')
      fail(
        end()
          ? 'unexpected end of file, expected ":" after a property name'
          : 'expected ":" after a property name',
      );
    i++;
  };
  /** A number, `true`, `false` or `null`. */
  const scalar = (c: string) => {
    if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m?.[0] || m[0] === '-') fail('bad number');
      i += m?.[0].length ?? 0;
      return;
    }
    for (const word of ['true', 'false', 'null'])
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    fail(
      c === "'"
        ? "strings need double quotes, not '"
        : `unexpected ${JSON.stringify(c)}; text values need "double quotes"`,
    );
  };

  // The open containers, innermost last: '{' or '['.
  const open: string[] = [];
  try {
    for (;;) {
      // Here a value is expected.
      ws();
      const c = text[i];
      if (c === undefined) fail('unexpected end of file, expected a value');
      else if (c === '{' || c === '[') {
        i++;
        ws();
        const close = c === '{' ? '}' : ']';
        if (text[i] === close) i++;
        else {
          open.push(c);
          if (c === '{') key();
          continue;
        }
      } else if (c === '"') string();
      else scalar(c);

      // A value has ended: close what it ends, until one more value is expected.
      let more = false;
      while (open.length > 0 && !more) {
        ws();
        const inner = open[open.length - 1];
        const close = inner === '{' ? '}' : ']';
        if (text[i] === ',') {
          i++;
          if (inner === '{') key();
          else {
            ws();
            if (text[i] === ']') fail('trailing comma before "]"');
          }
          more = true;
        } else if (text[i] === close) {
          i++;
          open.pop();
        } else
          fail(
            end()
              ? `unexpected end of file, expected "," or "${close}"`
              : `expected "," or "${close}"`,
          );
      }
      if (more) continue;
      ws();
      if (!end()) fail('unexpected text after the end of the data');
      return null;
    }
  } catch (err) {
    if (!(err instanceof Located)) throw err;
    return place(text, err);
  }
}

function place(text: string, err: Located): JsonErrorPlace {
  // Counted in one pass, without copying a large file to split it.
  let line = 1;
  let lineStart = 0;
  for (let j = text.indexOf('\n'); j !== -1 && j < err.offset; j = text.indexOf('\n', j + 1)) {
    line++;
    lineStart = j + 1;
  }
  return { offset: err.offset, line, column: err.offset - lineStart + 1, reason: err.reason };
}
