/**
 * The CSV reader on real files (the published templates) and on the faults a
 * spreadsheet makes: each kind of bad cell gets its own located message.
 */
import { describe, expect, it } from 'vitest';
import { repoText } from '../../tests/fixtures/load';
import { parseCsvDataset, type CsvParseResult } from './csvRead';
import { DEAL_COLUMNS } from './csvLayout';
import { formatCsvProblem } from './csvTable';
import { parseDatasetFiles } from './readFiles';

const DEALS = repoText('public/templates/deals.csv');
const COMPANIES = repoText('public/templates/companies.csv');
const HEADER = DEAL_COLUMNS.join(',');
const companies = { name: 'companies.csv', text: COMPANIES };

/** A deals.csv of the template's header and the given rows. */
const dealsCsv = (...rows: string[]) => ({ name: 'deals.csv', text: [HEADER, ...rows].join('\n') });
const GOOD =
  'Microsoft,Anthropic,investment,$5B,up to $5B,,,2025-11-18,announced,high,Title,Pub,https://example.com/a,';

function errors(result: CsvParseResult): string[] {
  if (result.ok) throw new Error('expected problems, the file was accepted');
  return result.errors.map(formatCsvProblem);
}
function dataset(result: CsvParseResult) {
  if (!result.ok) throw new Error(result.errors.map(formatCsvProblem).join('\n'));
  return result.dataset;
}

describe('the templates', () => {
  it('read as a valid dataset with the companies of companies.csv', () => {
    const d = dataset(parseCsvDataset({ name: 'deals.csv', text: DEALS }, companies));
    expect(d.companies.map((c) => c.id)).toEqual([
      'microsoft',
      'anthropic',
      'nvidia',
      'openai',
      'oracle',
    ]);
    expect(d.deals).toHaveLength(5);
    expect(d.deals[0]).toMatchObject({
      id: 'microsoft-anthropic-2025',
      from: 'microsoft',
      to: 'anthropic',
      amountUsd: 5e9,
    });
    expect(d.deals[1]).toMatchObject({
      amountUsd: 30e9,
      note: 'Purchase commitment, term not disclosed.',
    });
    expect(d.deals[2]).toMatchObject({
      status: 'loi',
      computeGw: 10,
      firmUsd: 10e9,
      amountUsd: 100e9,
    });
    expect(d.deals[3]?.amountUsd).toBe(300e9);
    expect(d.asOf).toBe('2025-11-18');
    expect(d.title).toBe('Deals from deals.csv');
  });

  it('the deals template has exactly the documented header', () => {
    expect(DEALS.split('\n')[0]).toBe(HEADER);
    expect(COMPANIES.split('\n')[0]).toBe('id,name,kind,ticker,note');
  });
});

describe('names or ids in from and to', () => {
  it('resolves ids, names and names in another case', () => {
    const d = dataset(
      parseCsvDataset(
        dealsCsv(
          'microsoft,anthropic,investment,1,,,,2025,closed,high,T,,https://e.com/',
          'MICROSOFT, anthropic ,investment,1,,,,2025,closed,high,T,,https://e.com/',
          'Anthropic,Microsoft,cloud,1,,,,2025,closed,high,T,,https://e.com/',
        ),
        companies,
      ),
    );
    expect(d.deals.map((x) => [x.id, x.from, x.to])).toEqual([
      ['microsoft-anthropic-2025', 'microsoft', 'anthropic'],
      ['microsoft-anthropic-2025-2', 'microsoft', 'anthropic'],
      ['anthropic-microsoft-2025', 'anthropic', 'microsoft'],
    ]);
  });

  it('catches a typo against companies.csv, where it is', () => {
    const rows = Array.from({ length: 12 }, () => GOOD);
    rows.push(GOOD.replace('Anthropic', 'nvidai'));
    expect(errors(parseCsvDataset(dealsCsv(...rows), companies))).toEqual([
      'deals.csv:14:to: unknown company "nvidai"',
    ]);
    const result = parseCsvDataset(dealsCsv(...rows), companies);
    expect(!result.ok && result.errors[0]?.path).toBe('deals.csv row 14, column to');
  });

  it('without companies.csv, makes each company of kind other, with a warning', () => {
    const result = parseCsvDataset(dealsCsv(GOOD, GOOD.replace('Microsoft', 'Mistral AI')));
    const d = dataset(result);
    expect(d.companies).toEqual([
      { id: 'microsoft', name: 'Microsoft', kind: 'other' },
      { id: 'anthropic', name: 'Anthropic', kind: 'other' },
      { id: 'mistral-ai', name: 'Mistral AI', kind: 'other' },
    ]);
    expect(result.ok && result.warnings.map(formatCsvProblem)).toEqual([
      'deals.csv:2:from: "Microsoft" becomes company "microsoft" of kind "other" (no companies.csv lists the companies)',
      'deals.csv:2:to: "Anthropic" becomes company "anthropic" of kind "other" (no companies.csv lists the companies)',
      'deals.csv:3:from: "Mistral AI" becomes company "mistral-ai" of kind "other" (no companies.csv lists the companies)',
    ]);
  });
});

describe('each kind of bad cell, located', () => {
  const cell = (column: string, value: string) => {
    const cells = GOOD.split(',');
    cells[DEAL_COLUMNS.indexOf(column as (typeof DEAL_COLUMNS)[number])] = value;
    return errors(parseCsvDataset(dealsCsv(GOOD, cells.join(',')), companies));
  };

  it.each([
    [
      'amount_usd',
      'lots',
      /^deals\.csv:3:amount_usd: expected dollars such as 5000000000, 5e9, \$5B or 5 bn, not "lots"$/,
    ],
    [
      'amount_usd',
      'up to 5B',
      /^deals\.csv:3:amount_usd: .*put wording such as "up to" in amount_text$/,
    ],
    ['amount_usd', '-5', /^deals\.csv:3:amount_usd: must not be negative$/],
    ['compute_gw', 'big', /^deals\.csv:3:compute_gw: expected gigawatts/],
    ['compute_gw', '0', /^deals\.csv:3:compute_gw: must be more than 0$/],
    [
      'announced',
      'soon',
      /^deals\.csv:3:announced: expected a date as YYYY, YYYY-MM or YYYY-MM-DD$/,
    ],
    ['announced', '2025-02-30', /^deals\.csv:3:announced: not a real calendar date$/],
    ['announced', '3/4/2025', /^deals\.csv:3:announced: "3\/4\/2025" reads as different days/],
    ['announced', '', /^deals\.csv:3:announced: required$/],
    [
      'type',
      'invest',
      /^deals\.csv:3:type: expected one of "investment", "cloud", .*"partnership"$/,
    ],
    [
      'status',
      'done',
      /^deals\.csv:3:status: expected one of "closed", "announced", "loi", "reported"$/,
    ],
    ['confidence', 'sure', /^deals\.csv:3:confidence: expected one of "high", "medium", "low"$/],
    ['source_url', 'javascript:alert(1)', /^deals\.csv:3:source_url: expected an http\(s\) URL$/],
    ['source_url', '', /^deals\.csv:3:source_url: required$/],
    [
      'to',
      'Microsoft',
      /^deals\.csv:3:to: a deal cannot go from a company to itself \("microsoft"\)$/,
    ],
    ['from', '', /^deals\.csv:3:from: required$/],
  ])('%s = "%s"', (column, value, message) => {
    const found = cell(column, value);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  it('a firm figure above the headline one', () => {
    expect(cell('firm_usd', '$9B')).toEqual([
      'deals.csv:3:firm_usd: firm dollars (9000000000) exceed the amount (5000000000)',
    ]);
  });

  it('a source with no title', () => {
    expect(cell('source_title', '')).toEqual(['deals.csv:3:source_title: required']);
  });

  it('in companies.csv: a bad kind, a bad id, a duplicate id', () => {
    const bad =
      'id,name,kind,ticker,note\nmicrosoft,Microsoft,cloudy,,\nAnthropic Inc,Anthropic,lab,,\nmicrosoft,Microsoft again,cloud,,\n';
    const found = errors(
      parseCsvDataset(
        dealsCsv('microsoft,Anthropic,investment,1,,,,2025,closed,high,T,,https://e.com/'),
        { name: 'companies.csv', text: bad },
      ),
    );
    expect(found).toEqual([
      'companies.csv:2:kind: expected one of "lab", "cloud", "neocloud", "chips", "investor", "other"',
      'companies.csv:3:id: company id must be 1–80 characters of a–z, 0–9, "_", "." or "-"',
      'companies.csv:4:id: duplicate company id "microsoft" (first at companies[0])',
    ]);
  });
});

describe('the file as a whole', () => {
  it('an unknown, a missing and a repeated column, on the header row', () => {
    const text = 'from,to,type,amout_usd,announced,status,status,source_title,source_url\n';
    expect(errors(parseCsvDataset({ name: 'deals.csv', text: text + GOOD }))).toEqual([
      'deals.csv:1:amout_usd: unknown column "amout_usd"',
      'deals.csv:1:status: column "status" appears twice (again as column 7)',
      'deals.csv:1:confidence: missing column "confidence"',
    ]);
  });

  it('an empty file, a header alone', () => {
    expect(errors(parseCsvDataset({ name: 'deals.csv', text: '\uFEFF\r\n' }))).toEqual([
      'deals.csv:1:-: the file is empty: expected a header row, then one row per entry',
    ]);
    expect(errors(parseCsvDataset(dealsCsv()))).toEqual([
      'deals.csv:2:-: no rows below the header',
    ]);
  });

  it('a row with more cells than the header', () => {
    expect(errors(parseCsvDataset(dealsCsv(GOOD, `${GOOD},extra`)))).toEqual([
      'deals.csv:3:-: 15 cells but the header has 14 columns (an unquoted "," inside a cell?)',
    ]);
  });

  it('more rows than allowed', () => {
    const rows = Array.from({ length: 11 }, () => GOOD);
    expect(errors(parseCsvDataset(dealsCsv(...rows), companies, { maxRows: 10 }))).toEqual([
      'deals.csv:12:-: too many rows: 11; the most one file may hold is 10',
    ]);
  });
});

describe('what spreadsheets write', () => {
  const expected = dataset(parseCsvDataset(dealsCsv(GOOD), companies)).deals;

  it('a byte-order mark and CRLF line ends', () => {
    const text = `\uFEFF${HEADER}\r\n${GOOD}\r\n`;
    expect(dataset(parseCsvDataset({ name: 'deals.csv', text }, companies)).deals).toEqual(
      expected,
    );
  });

  it('quoted cells with commas, quotes and line breaks, and the row numbers after them', () => {
    const row =
      'Microsoft,Anthropic,investment,$5B,"up to $5B, in ""tranches""",,,2025-11-18,announced,high,"A, B",,https://example.com/a,"two\nlines"';
    const result = parseCsvDataset(dealsCsv(row, GOOD.replace('Anthropic', 'nvidai')), companies);
    expect(errors(result)).toEqual(['deals.csv:3:to: unknown company "nvidai"']);
    const d = dataset(parseCsvDataset(dealsCsv(row), companies));
    expect(d.deals[0]).toMatchObject({
      amountText: 'up to $5B, in "tranches"',
      note: 'two\nlines',
    });
    expect(d.deals[0]?.sources[0]?.title).toBe('A, B');
  });

  it('a semicolon-separated European file with decimal commas', () => {
    const header = HEADER.replaceAll(',', ';');
    const row =
      'Microsoft;Anthropic;investment;5.000.000.000;bis zu 5 Mrd. $;1,5;2,5 Mrd;18.11.2025;announced;high;Titel, mit Komma;;https://example.com/a;';
    const d = dataset(
      parseCsvDataset({ name: 'deals.csv', text: `${header}\r\n${row}\r\n` }, companies),
    );
    expect(d.deals[0]).toMatchObject({
      amountUsd: 5e9,
      firmUsd: 2.5e9,
      computeGw: 1.5,
      announced: '2025-11-18',
      amountText: 'bis zu 5 Mrd. $',
    });
    expect(d.deals[0]?.sources[0]?.title).toBe('Titel, mit Komma');
  });

  it('headers as people type them, columns in any order, optional columns left out', () => {
    const text =
      'Source URL,Source Title,Confidence,Status,Announced,Type,To,From,Amount USD\nhttps://e.com/,T,high,closed,2025,investment,Anthropic,Microsoft,5 bn\n';
    const d = dataset(parseCsvDataset({ name: 'deals.csv', text }, companies));
    expect(d.deals[0]).toMatchObject({ from: 'microsoft', to: 'anthropic', amountUsd: 5e9 });
  });

  it('several sources as numbered columns; blank rows are skipped', () => {
    const text = `${HEADER},source_title_2,source_publisher_2,source_url_2\n\n${GOOD},Second,P2,https://example.com/2\n,,,,,,,,,,,,,\n`;
    const d = dataset(parseCsvDataset({ name: 'deals.csv', text }, companies));
    expect(d.deals).toHaveLength(1);
    expect(d.deals[0]?.sources).toEqual([
      { title: 'Title', publisher: 'Pub', url: 'https://example.com/a' },
      { title: 'Second', publisher: 'P2', url: 'https://example.com/2' },
    ]);
    const bad = `${HEADER},source_title_2,source_publisher_2,source_url_2\n${GOOD},Second,,ftp://x\n`;
    expect(errors(parseCsvDataset({ name: 'deals.csv', text: bad }, companies))).toEqual([
      'deals.csv:2:source_url_2: expected an http(s) URL',
    ]);
  });
});

describe('parseDatasetFiles', () => {
  it('tells deals from companies by their header, whatever the names', () => {
    const result = parseDatasetFiles([
      { name: 'Book1.csv', text: COMPANIES },
      { name: 'Book2.csv', text: DEALS },
    ]);
    expect(result.ok && result.dataset.companies).toHaveLength(5);
  });

  it('reads a JSON file through the same door, naming the file in problems', () => {
    const result = parseDatasetFiles([{ name: 'mine.json', text: '{"schemaVersion": 2}' }]);
    expect(!result.ok && result.errors[0]?.path).toMatch(/^mine\.json /);
  });

  it('refuses two deals files', () => {
    const result = parseDatasetFiles([
      { name: 'a.csv', text: DEALS },
      { name: 'b.csv', text: DEALS },
    ]);
    expect(!result.ok && result.errors[0]?.message).toMatch(/both hold deals/);
  });
});
