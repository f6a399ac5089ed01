import { route } from '@forge/api';
import type { ConfluenceHttp } from './http';
import { cqlString } from './search';

/** A person as the macro's owner pickers show them. */
export interface FoundUser {
  accountId: string;
  displayName: string;
}

interface RawUser {
  accountId?: string;
  accountType?: string;
  displayName?: string | null;
  publicName?: string | null;
}

/** Account ids per v1 `user/bulk` request (Confluence answers at most 100 users per call). */
export const USERS_BULK_MAX = 100;

/** Privacy settings may hide the display name; the public name is what Confluence then shows. */
const nameOf = (u: RawUser): string | undefined => u.displayName || u.publicName || undefined;

/**
 * People whose name starts with the words of `query`, through v1 user search (CQL on
 * `/search` no longer finds users). Apps and anonymous entries are not owners, so they are left out.
 */
export async function searchUsers(http: ConfluenceHttp, query: string, limit = 10): Promise<FoundUser[]> {
  const cql = `user.fullname ~ ${cqlString(query)}`;
  const body = await http.json<{ results?: { user?: RawUser }[] }>(route`/wiki/rest/api/search/user?cql=${cql}&limit=${limit}`);
  const out: FoundUser[] = [];
  for (const { user } of body?.results ?? []) {
    const name = user && nameOf(user);
    if (!user?.accountId || !name || user.accountType === 'app') continue;
    out.push({ accountId: user.accountId, displayName: name });
  }
  return out;
}

/** accountId → display name, one `user/bulk` request per 100 ids; ids Confluence does not know are left out. */
export async function displayNames(http: ConfluenceHttp, accountIds: string[]): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  const unique = [...new Set(accountIds)];
  for (let i = 0; i < unique.length; i += USERS_BULK_MAX) {
    const query = new URLSearchParams();
    for (const id of unique.slice(i, i + USERS_BULK_MAX)) query.append('accountId', id);
    const body = await http.json<{ results?: RawUser[] }>(route`/wiki/rest/api/user/bulk?${query}`);
    for (const user of body?.results ?? []) {
      const name = nameOf(user);
      if (user.accountId && name) names[user.accountId] = name;
    }
  }
  return names;
}
