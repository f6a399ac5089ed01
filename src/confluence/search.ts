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

export interface FoundPage {
  id: string;
  title: string;
  /** Absolute when Confluence names its base URL (it does on Cloud), so it can become a smart link. */
  url: string;
  spaceKey?: string;
}

/** Pages whose title matches `text`, among those the caller can see; one request (the space key needs its expand). */
export async function searchPagesByTitle(http: ConfluenceHttp, text: string, limit = 20): Promise<FoundPage[]> {
  const cql = `type = page and title ~ ${cqlString(text)}`;
  const res = await http.json<{ results?: SearchHit[]; _links?: { base?: string } }>(
    route`/wiki/rest/api/search?cql=${cql}&limit=${limit}&excerpt=none&expand=content.space`,
  );
  const base = (res._links?.base ?? '').replace(/\/+$/, '');
  return (res.results ?? []).flatMap((hit) => {
    if (!hit.content?.id) return [];
    const link = hit.url ?? '';
    const url = /^https?:\/\//i.test(link) || !base ? link : `${base}${link.startsWith('/') ? '' : '/'}${link}`;
    return [{ id: hit.content.id, title: hit.content.title ?? hit.title ?? '', url, spaceKey: hit.content.space?.key }];
  });
}
