import type { ReportRow } from './row';

/** accountId → display name, as looked up once for the whole report. */
export type UserNames = Record<string, string>;

export const STATUS_LABELS: Record<string, string> = {
  draft: 'Draft',
  'in-verification': 'In verification',
  verified: 'Verified',
  'signed-off': 'Signed off',
};
export const NO_DATA_LABEL = 'No data';

export const FLAG_LABELS = {
  unverifiedOver14Days: 'Unverified > 14 days',
  regeneratedAfterVerification: 'Regenerated after verification',
} as const;

/** A row as people read it: names instead of account ids, labels instead of codes. */
export interface DisplayRow {
  row: ReportRow;
  outgoingName: string;
  incomingNames: string[];
  statusLabel: string;
  flagLabels: string[];
}

/** An id without a known name stays visible (as the id) rather than vanishing from the report. */
export function nameOf(accountId: string, users: UserNames): string {
  return users[accountId] ?? accountId;
}

export function toDisplayRow(row: ReportRow, users: UserNames): DisplayRow {
  const flagLabels = (Object.keys(FLAG_LABELS) as (keyof typeof FLAG_LABELS)[])
    .filter((flag) => row.flags[flag])
    .map((flag) => FLAG_LABELS[flag]);
  return {
    row,
    outgoingName: row.outgoing ? nameOf(row.outgoing, users) : '',
    incomingNames: row.incoming.map((id) => nameOf(id, users)),
    statusLabel: row.status ? STATUS_LABELS[row.status] : NO_DATA_LABEL,
    flagLabels,
  };
}
