/**
 * Where a JSON text first goes wrong. Engines disagree on how (or whether) they
 * say so — V8 often names only the token — so we find the place ourselves with
 * a small scanner that follows the JSON grammar and stops at the first error.
 * Only called after JSON.parse has failed; it never builds values.
 */

export interface JsonErrorPlace {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  /** A short reason in our own words. */
  readonly reason: string;
}

export function locateJsonError(text: string): JsonErrorPlace | null {
  let i = 0;
  const fail = (reason: string): never => {
    throw new Located(i, reason);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
  };
  const expect = (ch: string, what: string) => {
    ws();
    if (text[i] !== ch)
      fail(i >= text.length ? `unexpected end of file, expected ${what}` : `expected ${what}`);
    i++;
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
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            fail('bad \\u escape in a string');
          i += 6;
        } else if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
        else fail('bad escape in a string');
      } else if (c < ' ') fail('unescaped control character (a line break?) in a string');
      else i++;
    }
    fail('unexpected end of file inside a string');
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === undefined) fail('unexpected end of file, expected a value');
    else if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"')
          fail(text[i] === '}' ? 'trailing comma before "}"' : 'expected a "quoted" property name');
        string();
        expect(':', '":" after a property name');
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail(
          i >= text.length ? 'unexpected end of file, expected "," or "}"' : 'expected "," or "}"',
        );
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] === ']') fail('trailing comma before "]"');
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail(
          i >= text.length ? 'unexpected end of file, expected "," or "]"' : 'expected "," or "]"',
        );
      }
    } else if (c === '"') string();
    else if (c === '-' || (c >= '0' && c <= '9')) {
      const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
      if (!m?.[0] || m[0] === '-') fail('bad number');
      i += m?.[0].length ?? 0;
    } else {
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
    }
  };
  try {
    value();
    ws();
    if (i < text.length) fail('unexpected text after the end of the data');
    return null;
  } catch (err) {
    if (!(err instanceof Located)) throw err;
    const before = text.slice(0, err.offset);
    return {
      offset: err.offset,
      line: before.split('\n').length,
      column: err.offset - before.lastIndexOf('\n'),
      reason: err.reason,
    };
  }
}

class Located {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}
