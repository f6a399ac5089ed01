import type { DisplayRow } from './display';

export const SORT_KEYS = [
  'space',
  'page',
  'system',
  'outgoing',
  'incoming',
  'status',
  'coverage',
  'verified',
  'missingRequired',
  'generated',
  'flags',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortOrder = 'ASC' | 'DESC';

/** Workflow order, not alphabetical: an admin sorting by status wants drafts first. */
const STATUS_ORDER: Record<string, number> = { draft: 0, 'in-verification': 1, verified: 2, 'signed-off': 3 };

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compare(a: DisplayRow, b: DisplayRow, key: SortKey): number {
  const ra = a.row;
  const rb = b.row;
  switch (key) {
    case 'space':
      return collator.compare(ra.spaceKey, rb.spaceKey) || collator.compare(ra.title, rb.title);
    case 'page':
      return collator.compare(ra.title, rb.title);
    case 'system':
      return collator.compare(ra.system, rb.system);
    case 'outgoing':
      return collator.compare(a.outgoingName, b.outgoingName);
    case 'incoming':
      return collator.compare(a.incomingNames.join(', '), b.incomingNames.join(', '));
    case 'status':
      return (STATUS_ORDER[ra.status ?? ''] ?? 9) - (STATUS_ORDER[rb.status ?? ''] ?? 9);
    case 'coverage':
      return ra.covered - rb.covered || ra.partial - rb.partial;
    case 'verified':
      return ra.verified - rb.verified;
    case 'missingRequired':
      return ra.missingRequired - rb.missingRequired;
    case 'generated':
      return (ra.generatedAt ?? '').localeCompare(rb.generatedAt ?? '');
    case 'flags':
      return a.flagLabels.length + (ra.problem ? 1 : 0) - (b.flagLabels.length + (rb.problem ? 1 : 0));
  }
}

/** Stable sort (ties keep the search order), so the table and the CSV list rows identically. */
export function sortRows(rows: DisplayRow[], key: SortKey, order: SortOrder): DisplayRow[] {
  const sign = order === 'ASC' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((x, y) => sign * compare(x.row, y.row, key) || x.index - y.index)
    .map((x) => x.row);
}
