import { badRequest } from './errors';
import type { Db } from './db';
import type { UserRow } from './principals';

/**
 * CQL for `GET /wiki/rest/api/search/user`, which (as in Confluence) understands only
 * user fields: `user.fullname ~ "jo"` (each word starts a word of the name), `user = "id"`,
 * `user.accountid = "id"`, `user in ("a", "b")`, `type = user`. Apps are never found.
 */
const STRING = String.raw`"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^\s"'()]+)`;
const FULLNAME = new RegExp(String.raw`^user\.fullname\s*~\s*(?:${STRING})$`, 'i');
const ACCOUNT = new RegExp(String.raw`^user(?:\.accountid)?\s*=\s*(?:${STRING})$`, 'i');
const ACCOUNT_IN = /^user(?:\.accountid)?\s+in\s*\((.*)\)$/i;
const ALL = /^type\s*=\s*"?user"?$/i;

const unquote = (m: RegExpExecArray): string => (m[1] ?? m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1');

export function searchUsers(db: Db, cql: string): UserRow[] {
  const people = (db.prepare(`SELECT * FROM users WHERE account_type = 'atlassian' ORDER BY display_name`).all() as UserRow[]);
  const clause = cql.trim();
  let m: RegExpExecArray | null;
  if (ALL.test(clause)) return people;
  if ((m = FULLNAME.exec(clause))) {
    const words = unquote(m).toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) throw badRequest('user.fullname needs a name to search for');
    return people.filter((u) => {
      const nameWords = u.display_name.toLowerCase().split(/\s+/);
      return words.every((w) => nameWords.some((n) => n.startsWith(w)));
    });
  }
  if ((m = ACCOUNT.exec(clause))) {
    const id = unquote(m);
    return people.filter((u) => u.account_id === id);
  }
  if ((m = ACCOUNT_IN.exec(clause))) {
    const ids = new Set([...m[1].matchAll(new RegExp(STRING, 'g'))].map((x) => unquote(x as RegExpExecArray)));
    return people.filter((u) => ids.has(u.account_id));
  }
  throw badRequest(`Could not parse cql : ${cql} (user search understands user, user.fullname, user.accountid and type = user)`);
}
