import { route } from '@forge/api';
import type { ConfluenceHttp } from './http';
import type { SearchHit } from './types';

/** v1 CQL search (v2 has none), following cursors up to `max` hits. */
export async function searchCql(http: ConfluenceHttp, cql: string, max = 200): Promise<SearchHit[]> {
  return http.all<SearchHit>(route`/wiki/rest/api/search?cql=${cql}&limit=${Math.min(max, 100)}`, max);
}

/** Quotes a value for CQL: double quotes, with backslash and quote escaped. */
export function cqlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
