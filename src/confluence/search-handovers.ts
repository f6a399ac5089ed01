import api, { route } from '@forge/api';
import { HANDOVER_PROPERTY_KEY } from '../handover/state';
import { ConfluenceHttp, type ConfluenceFetch } from './http';
import type { RetryPolicy } from './retry';
import { displayNames } from './users';

export { USERS_BULK_MAX } from './users';

/**
 * The two reads behind the admin report, kept apart from `searchCql` because they need what it
 * does not offer: the `kt-handover` property expanded inside the search (one request per page of
 * handovers instead of one per handover), one page per call with an opaque cursor (the report
 * streams pages to the browser), and display names for many account ids in one request.
 */

export interface HandoverSearchHit {
  pageId: string;
  title: string;
  /** Absolute when Confluence says where it lives (`_links.base`), else site-relative. */
  url: string;
  spaceKey: string;
  spaceName: string;
  property: unknown;
}

export interface HandoverSearchPage {
  hits: HandoverSearchHit[];
  /** Opaque `cursor` parameter for the next page; undefined on the last page. */
  cursor?: string;
}

export interface HandoverReportSource {
  searchHandovers(cql: string, limit: number, cursor?: string): Promise<HandoverSearchPage>;
  /** accountId → display name; ids Confluence does not know are left out. */
  displayNames(accountIds: string[]): Promise<Record<string, string>>;
}

const EXPAND = `content.space,content.metadata.properties.${HANDOVER_PROPERTY_KEY}`;

interface RawSearchResponse {
  results?: RawSearchResult[];
  _links?: { next?: string; base?: string };
}

interface RawSearchResult {
  content?: {
    id?: string;
    type?: string;
    title?: string;
    space?: { key?: string; name?: string };
    metadata?: { properties?: Record<string, { value?: unknown } | undefined> };
    _links?: { webui?: string };
  };
  title?: string;
  url?: string;
  resultGlobalContainer?: { title?: string };
}

export async function searchHandovers(http: ConfluenceHttp, cql: string, limit: number, cursor?: string): Promise<HandoverSearchPage> {
  // excerpt=none: the report shows no excerpts, and building them costs Confluence time per hit.
  const url = cursor
    ? route`/wiki/rest/api/search?cql=${cql}&limit=${limit}&excerpt=none&expand=${EXPAND}&cursor=${cursor}`
    : route`/wiki/rest/api/search?cql=${cql}&limit=${limit}&excerpt=none&expand=${EXPAND}`;
  const body = (await http.json<RawSearchResponse>(url)) ?? {};
  const base = body._links?.base ?? '';
  const hits: HandoverSearchHit[] = [];
  for (const result of body.results ?? []) {
    const content = result.content;
    if (!content?.id || (content.type && content.type !== 'page')) continue;
    hits.push({
      pageId: content.id,
      title: content.title ?? result.title ?? '',
      url: pageUrl(base, content._links?.webui ?? result.url),
      spaceKey: content.space?.key ?? '',
      spaceName: content.space?.name ?? result.resultGlobalContainer?.title ?? '',
      property: content.metadata?.properties?.[HANDOVER_PROPERTY_KEY]?.value,
    });
  }
  return { hits, cursor: cursorOf(body._links?.next) };
}

/** The page's address for a link in the browser: only http(s) or site-relative, never `javascript:` and the like. */
function pageUrl(base: string, webui: string | undefined): string {
  if (!webui) return '';
  const url = /^https?:\/\//i.test(webui) ? webui : webui.startsWith('/') ? `${base}${webui}` : '';
  return /^(https?:\/\/|\/)/i.test(url) ? url : '';
}

/** The `cursor` query parameter of a `_links.next`; only that crosses to the browser and back. */
export function cursorOf(next: string | undefined): string | undefined {
  if (!next) return undefined;
  const query = next.includes('?') ? next.slice(next.indexOf('?') + 1) : '';
  return new URLSearchParams(query).get('cursor') ?? undefined;
}

export function createHandoverReportSource(fetch: ConfluenceFetch, retry: Partial<RetryPolicy> = {}): HandoverReportSource {
  const http = new ConfluenceHttp(fetch, retry);
  return {
    searchHandovers: (cql, limit, cursor) => searchHandovers(http, cql, limit, cursor),
    displayNames: (ids) => displayNames(http, ids),
  };
}

/** The report shows only what the viewer may see, so it always reads as the user. */
export const handoverReportSourceAsUser = (retry?: Partial<RetryPolicy>) => createHandoverReportSource(api.asUser(), retry);
