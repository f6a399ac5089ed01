import { z } from 'zod';
import { toHttpUrl } from '../handover/http-url';
import type { MacroContext } from '../usecases/macro-context';

const id = z.union([z.string().min(1), z.number()]).transform(String);

/** A list of account ids, as the config panel saves it (an array, or one comma-separated string). */
const accountIds = z
  .union([z.array(z.string()), z.string()])
  .optional()
  .transform((v) => (typeof v === 'string' ? v.split(',') : (v ?? [])).map((s) => s.trim()).filter(Boolean));

export const MacroConfigSchema = z
  .object({
    architectureUrl: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (!v?.trim()) return undefined;
        const url = toHttpUrl(v);
        if (!url) ctx.addIssue({ code: 'custom', message: "The architecture link in the macro's settings is not a web address (http or https)" });
        return url;
      }),
    outgoingOwner: z.string().trim().optional().transform((v) => v || undefined),
    incomingOwners: accountIds,
  })
  .loose();

/**
 * What Forge tells a macro's resolver about where it runs and who calls it. Only this decides
 * the page, space and user: payloads never do.
 */
const ForgeMacroContextSchema = z.object({
  accountId: z.string().min(1, 'You need to be logged in to Confluence to use KT Handover'),
  extension: z.object({
    content: z.object({ id }),
    space: z.object({ id, key: z.string().optional() }),
    config: z.unknown().optional(),
  }),
});

export function macroContextOf(context: unknown): MacroContext {
  const parsed = ForgeMacroContextSchema.safeParse(context);
  if (!parsed.success) throw new BadContextError('Open KT Handover from its macro on a saved Confluence page');
  const config = MacroConfigSchema.safeParse(parsed.data.extension.config ?? {});
  if (!config.success) throw new BadContextError(config.error.issues.map((i) => i.message).join('; '));
  return {
    pageId: parsed.data.extension.content.id,
    spaceId: parsed.data.extension.space.id,
    accountId: parsed.data.accountId,
    config: {
      incomingOwners: config.data.incomingOwners,
      ...(config.data.architectureUrl ? { architectureUrl: config.data.architectureUrl } : {}),
      ...(config.data.outgoingOwner ? { outgoingOwner: config.data.outgoingOwner } : {}),
    },
  };
}

export class BadContextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadContextError';
  }
}
