/**
 * A loop or path as words: "Microsoft → Anthropic → Microsoft". A loop reads
 * back to where it started; a path stops at its last company. One wording for
 * the CLI, the citation, the no-script description and the app.
 */
export function chainText(
  companies: readonly string[],
  name: (id: string) => string,
  closed = true,
): string {
  const names = companies.map(name);
  const first = names[0];
  if (closed && first !== undefined) names.push(first);
  return names.join(' → ');
}
