import { z } from 'zod';

/**
 * What the app remembers about one handover page, kept in the page's content property
 * `kt-handover`. Small on purpose (content properties have size limits): the draft itself
 * lives in the page body; this holds status, verification and what the app last wrote.
 */

export const HANDOVER_PROPERTY_KEY = 'kt-handover';
export const HANDOVER_LABEL = 'kt-handover';
export const HISTORY_LIMIT = 50;

export const HandoverStatusSchema = z.enum(['draft', 'in-verification', 'verified', 'signed-off']);
export type HandoverStatus = z.infer<typeof HandoverStatusSchema>;

export const SectionStatusSchema = z.enum(['covered', 'partial', 'missing']);

/** Who ticked a section's task and when, as Confluence's tasks API reports it. */
export const VerificationRecordSchema = z.object({
  by: z.string().min(1),
  at: z.string().min(1),
});
export type VerificationRecord = z.infer<typeof VerificationRecordSchema>;

export const SectionStateSchema = z.object({
  id: z.string(),
  status: SectionStatusSchema,
  /** localId of the section's "Verified by incoming owner" task; stable across regenerations. */
  taskLocalId: z.string().min(1),
  taskState: z.enum(['TODO', 'DONE']).default('TODO'),
  /** Set when an incoming owner ticked the task: counts towards "Verified n/13". */
  verified: VerificationRecordSchema.optional(),
  /** Set when someone who is not an incoming owner ticked it: shown, not counted. */
  flagged: VerificationRecordSchema.optional(),
  missingCount: z.number().int().nonnegative().default(0),
});
export type SectionState = z.infer<typeof SectionStateSchema>;

export const VerificationEventSchema = z.object({
  section: z.string(),
  action: z.enum(['verified', 'unverified', 'flagged', 'unflagged']),
  by: z.string(),
  at: z.string(),
});
export type VerificationEvent = z.infer<typeof VerificationEventSchema>;

export const HandoverStateSchema = z.object({
  schemaVersion: z.literal(1),
  appVersion: z.string(),
  templateId: z.string(),
  systemName: z.string(),
  status: HandoverStatusSchema,
  architectureUrl: z.string().url().optional(),
  owners: z.object({
    outgoing: z.string().optional(),
    incoming: z.array(z.string()).default([]),
  }),
  generatedAt: z.string(),
  generatedBy: z.string(),
  /** Page version the app last wrote, and a hash of that body, to notice hand edits. */
  pageVersion: z.number().int().nonnegative(),
  bodyHash: z.string(),
  sections: z.array(SectionStateSchema),
  /** Flat counts, duplicated from `sections`, so CQL can filter on them. */
  counts: z.object({
    covered: z.number().int(),
    partial: z.number().int(),
    missing: z.number().int(),
    verified: z.number().int(),
    missingRequired: z.number().int(),
  }),
  /** Newest last; bounded to HISTORY_LIMIT entries. */
  history: z.array(VerificationEventSchema).default([]),
});
export type HandoverState = z.infer<typeof HandoverStateSchema>;
