import { HANDOVER_LABEL, HANDOVER_PROPERTY_KEY } from '../../handover/state';
import type { ReportFilters } from './filters';

/**
 * CQL fields of the `kt-handover` property, indexed by the manifest's
 * `confluence:contentProperty` module. Filtering there (not after fetching) keeps the
 * number of REST calls proportional to what the admin asked for.
 */
export const PROPERTY_FIELDS = {
  status: `content.property[${HANDOVER_PROPERTY_KEY}].status`,
  outgoing: `content.property[${HANDOVER_PROPERTY_KEY}].owners.outgoing`,
  incoming: `content.property[${HANDOVER_PROPERTY_KEY}].owners.incoming`,
} as const;

/** Values are validated by ReportFiltersSchema; quoting still escapes, so CQL stays well-formed. */
function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function inList(field: string, values: string[]): string {
  return values.length === 1 ? `${field} = ${quote(values[0])}` : `${field} in (${values.map(quote).join(', ')})`;
}

export function handoverCql(filters: ReportFilters): string {
  const parts = [`type = page`, `label = ${quote(HANDOVER_LABEL)}`];
  if (filters.spaces.length) parts.push(inList('space', filters.spaces));
  if (filters.statuses.length) parts.push(inList(PROPERTY_FIELDS.status, filters.statuses));
  if (filters.owner) {
    const owner = quote(filters.owner);
    parts.push(`(${PROPERTY_FIELDS.outgoing} = ${owner} OR ${PROPERTY_FIELDS.incoming} = ${owner})`);
  }
  return parts.join(' AND ');
}
