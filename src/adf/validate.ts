import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv-draft-04';
import { validator } from '@atlaskit/adf-utils/validator';
import type { ADFEntity } from '@atlaskit/adf-utils/types';
import fullSchema from '@atlaskit/adf-schema/dist/json-schema/v1/full.json';

/**
 * Two independent checks, because each misses things the other catches: adf-utils'
 * validator (the editor's own rules) and the published JSON schema.
 */

let adfUtilsValidate: ReturnType<typeof validator> | undefined;
let schemaCheck: ValidateFunction | undefined;
let schemaExplain: ValidateFunction | undefined;

/** adf-utils' validator throws on the first error without a callback and drops bad nodes with one: so record every error. */
function adfUtilsErrors(doc: unknown): string[] {
  adfUtilsValidate ??= validator();
  const errors: string[] = [];
  adfUtilsValidate(doc as ADFEntity, (entity, error) => {
    errors.push(`adf-utils: ${entity.type}: ${error.code}: ${error.message}`);
    return undefined;
  });
  return errors;
}

/**
 * The schema's anyOf yields a cascade of errors; the deepest one names the real problem.
 * `allErrors` makes ajv try every anyOf branch (about a second per page), so a quick pass
 * decides validity and the exhaustive one only runs to explain a failure.
 */
function schemaErrors(doc: unknown): string[] {
  schemaCheck ??= new Ajv({ strict: false }).compile(fullSchema);
  if (schemaCheck(doc)) return [];
  schemaExplain ??= new Ajv({ strict: false, allErrors: true }).compile(fullSchema);
  if (schemaExplain(doc)) return [];
  const errors: ErrorObject[] = schemaExplain.errors ?? [];
  const depth = (e: ErrorObject) => e.instancePath.split('/').length;
  const deepest = errors.reduce<ErrorObject | undefined>((best, e) => (!best || depth(e) > depth(best) ? e : best), undefined);
  if (!deepest) return ['json-schema: invalid document'];
  return [`json-schema: ${deepest.instancePath || '/'} ${deepest.message ?? 'is invalid'} (${errors.length} errors in all)`];
}

/** Every problem found in `doc` by both validators; empty when the document is valid ADF. */
export function validateAdf(doc: unknown): string[] {
  return [...adfUtilsErrors(doc), ...schemaErrors(doc)];
}
