import type { DisplayRow } from './display';

export const CSV_HEADERS = [
  'Space',
  'Page',
  'Page URL',
  'System',
  'Outgoing owner',
  'Incoming owners',
  'Status',
  'Covered',
  'Partial',
  'Missing',
  'Verified',
  'Sections',
  'Missing required',
  'Last generated',
  'Flags',
] as const;

/**
 * Spreadsheet apps run a cell starting with one of these as a formula (CSV injection); page
 * titles and system names come from users, so such cells get a leading apostrophe.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRecord(d: DisplayRow): (string | number)[] {
  const r = d.row;
  return [
    r.spaceKey,
    r.title,
    r.url,
    r.system,
    d.outgoingName,
    d.incomingNames.join('; '),
    d.statusLabel,
    r.covered,
    r.partial,
    r.missing,
    r.verified,
    r.sections,
    r.missingRequired,
    r.generatedAt ?? '',
    [...d.flagLabels, ...(r.problem ? [r.problem] : [])].join('; '),
  ];
}

/** RFC 4180 CSV (CRLF) with a UTF-8 BOM so spreadsheet apps read non-ASCII names correctly. */
export function toCsv(rows: DisplayRow[]): string {
  const lines = [CSV_HEADERS.map(csvCell).join(','), ...rows.map((d) => csvRecord(d).map(csvCell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
