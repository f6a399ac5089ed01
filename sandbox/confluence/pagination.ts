import { badRequest } from './errors';
import type { ListWindow } from './store';

/**
 * Opaque cursors as Confluence uses them. They encode an offset; clients must only follow
 * `_links.next`, never build cursors themselves.
 */
export function windowFrom(query: URLSearchParams, defaultLimit = 25, maxLimit = 250): ListWindow {
  const rawLimit = query.get('limit');
  let limit = rawLimit === null ? defaultLimit : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1) throw badRequest(`limit must be a positive integer, got '${rawLimit}'`);
  limit = Math.min(limit, maxLimit);
  const cursor = query.get('cursor');
  if (!cursor) return { offset: 0, limit };
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^sandbox-offset:(\d+)$/.exec(decoded);
  if (!m) throw badRequest('Invalid cursor');
  return { offset: Number(m[1]), limit };
}

/**
 * Trims the extra row fetched to detect a further page and builds `_links.next`.
 * v2 links start with /wiki; v1 links are relative to `_links.base` (which ends in /wiki).
 */
export function pageOf<T>(rows: T[], w: ListWindow, url: URL): { results: T[]; next?: string } {
  if (rows.length <= w.limit) return { results: rows };
  const params = new URLSearchParams(url.searchParams);
  params.set('cursor', Buffer.from(`sandbox-offset:${w.offset + w.limit}`).toString('base64url'));
  params.set('limit', String(w.limit));
  const path = url.pathname.startsWith('/wiki/rest/') ? url.pathname.slice('/wiki'.length) : url.pathname;
  if (url.pathname.startsWith('/wiki/rest/')) params.set('next', 'true');
  return { results: rows.slice(0, w.limit), next: `${path}?${params.toString()}` };
}
