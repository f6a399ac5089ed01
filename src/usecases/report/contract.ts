import { z } from 'zod';
import { AccountIdSchema, ReportFiltersSchema } from './filters';
import type { ReportPage } from './list-handovers';

/** What the report page (static/report) and its resolver (src/resolvers/report.ts) agree on. */
export const LIST_HANDOVERS = 'listHandovers';
/** Enough for any real set of owners; beyond it names are simply looked up again. */
export const MAX_KNOWN_ACCOUNT_IDS = 5000;

export const ReportPageRequestSchema = z
  .object({
    filters: ReportFiltersSchema.default({ spaces: [], statuses: [] }),
    cursor: z.string().min(1).max(2000).optional(),
    knownAccountIds: z.array(AccountIdSchema).max(MAX_KNOWN_ACCOUNT_IDS).default([]),
  })
  .strict();

export type ReportResponse =
  | { ok: true; page: ReportPage }
  | { ok: false; error: { code: string; message: string } };
