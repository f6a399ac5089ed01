import { z } from 'zod';
import { isConfluenceError } from '../confluence';
import { TranscriptError } from '../engine/input';
import { BadContextError, macroContextOf } from './forge-context';
import type { MacroContext } from '../usecases/macro-context';

/** What every macro resolver answers: the macro shows `error.message` to the user as is. */
export type ResolverResult<T> = { ok: true; value: T } | { ok: false; error: ResolverError };

export interface ResolverError {
  code: string;
  message: string;
  /** For bad payloads: which field and what is wrong with it. */
  issues?: string[];
}

interface ForgeRequest {
  payload: unknown;
  context: unknown;
}

/**
 * A resolver function that validates its payload with `schema`, takes the page and user from
 * the Forge context, and turns every failure into a message the user can act on.
 */
export function macroFunction<S extends z.ZodType, T>(
  schema: S,
  run: (payload: z.infer<S>, ctx: MacroContext) => Promise<T>,
): (request: ForgeRequest) => Promise<ResolverResult<T>> {
  return async ({ payload, context }) => {
    try {
      const parsed = schema.safeParse(payload ?? {});
      if (!parsed.success) {
        return failure('bad-payload', 'The request from the macro was not understood; reload the page and try again', parsed.error);
      }
      return { ok: true, value: await run(parsed.data, macroContextOf(context)) };
    } catch (e) {
      return { ok: false, error: toResolverError(e) };
    }
  };
}

function failure(code: string, message: string, error: z.ZodError): ResolverResult<never> {
  const issues = error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
  return { ok: false, error: { code, message: `${message} (${issues.join('; ')})`, issues } };
}

export function toResolverError(e: unknown): ResolverError {
  if (isConfluenceError(e)) return { code: e.code, message: e.userMessage };
  if (e instanceof TranscriptError) return { code: `transcript-${e.code}`, message: e.message };
  if (e instanceof BadContextError) return { code: 'bad-context', message: e.message };
  console.error('KT Handover resolver failed', e);
  return { code: 'internal', message: 'Something went wrong in KT Handover; try again, and tell your admin if it keeps happening' };
}
