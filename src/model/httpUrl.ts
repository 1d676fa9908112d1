/**
 * Only web links become links (or downloads): `javascript:` and friends are
 * rejected at the edge. Its own module, free of zod, so what must run before
 * the validator is loaded (the dataset worker's first module) checks addresses
 * exactly as the validator does.
 */
// Spelled without the `i` flag so the published JSON Schema means the same.
export const HTTP_URL_PATTERN = /^[hH][tT][tT][pP][sS]?:\/\/[^\s/$.?#][^\s]*$/;

export function isHttpUrl(text: string): boolean {
  if (!HTTP_URL_PATTERN.test(text)) return false;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
