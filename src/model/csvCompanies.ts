/**
 * companies.csv → the v1 company list, and the lookup that turns what a
 * reporter typed in from/to (an id, or a name in any case) into an id.
 */
import { idFromName, nameKey, readKind } from './csvCells';
import { csvProblem, type CsvProblem, type CsvTable } from './csvTable';

type Raw = Record<string, unknown>;

export interface CompanyBook {
  readonly list: Raw[];
  resolve(ref: string): string | null;
}

export function companiesFrom(table: CsvTable, errors: CsvProblem[]): CompanyBook {
  const list: Raw[] = [];
  const byId = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const { row, cells } of table.rows) {
    const name = cells.get('name');
    const id = cells.get('id') ?? (name ? idFromName(name) : undefined);
    if (!cells.has('id') && name && !id)
      errors.push(
        csvProblem(table.file, row, 'name', `cannot make an id from "${name}": add an id`),
      );
    const kind = cells.get('kind');
    list.push({
      id,
      name,
      kind: kind === undefined ? undefined : readKind(kind),
      ticker: cells.get('ticker'),
      note: cells.get('note'),
    });
    if (id) {
      byId.set(id, id);
      if (!byId.has(id.toLowerCase())) byId.set(id.toLowerCase(), id);
    }
    if (name && id && !byName.has(nameKey(name))) byName.set(nameKey(name), id);
  }
  return {
    list,
    resolve: (ref) =>
      byId.get(ref) ?? byId.get(ref.toLowerCase()) ?? byName.get(nameKey(ref)) ?? null,
  };
}
