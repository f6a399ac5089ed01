import { z } from 'zod';
import { HandoverStatusSchema } from '../../handover/state';

/** Space keys as Confluence allows them; anything else could break out of a CQL string. */
const SpaceKeySchema = z.string().regex(/^[A-Za-z0-9~_:-]{1,255}$/, 'not a Confluence space key');
/** Atlassian account ids: letters, digits, ':' and '-' (never quotes, so safe in CQL). */
export const AccountIdSchema = z.string().regex(/^[A-Za-z0-9:_-]{1,128}$/, 'not an Atlassian account id');

export const ReportFiltersSchema = z
  .object({
    spaces: z.array(SpaceKeySchema).max(100).default([]),
    statuses: z.array(HandoverStatusSchema).max(4).default([]),
    /** Shows handovers where this person is the outgoing or one of the incoming owners. */
    owner: AccountIdSchema.optional(),
  })
  .strict();
export type ReportFilters = z.infer<typeof ReportFiltersSchema>;
