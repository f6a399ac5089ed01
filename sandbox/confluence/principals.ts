import type { Statement } from 'better-sqlite3';
import { nextId, type Db } from './db';

/** The app's own account, as Forge apps have one; `Bearer sandbox-app` acts as it. */
export const APP_ACCOUNT_ID = 'sandbox-app';

export interface Principal {
  accountId: string;
  /** The app and Confluence admins see every space. */
  seesAll: boolean;
}

export interface UserRow {
  account_id: string;
  display_name: string;
  email: string | null;
  account_type: string;
  is_admin: number;
}

export const DEMO_USERS = [
  { accountId: 'user-outgoing', displayName: 'Priya Raman', email: 'priya.raman@example.com', admin: false },
  { accountId: 'user-incoming', displayName: 'Alex Chen', email: 'alex.chen@example.com', admin: false },
  { accountId: 'user-admin', displayName: 'Sam Rivera', email: 'sam.rivera@example.com', admin: true },
  { accountId: 'user-outsider', displayName: 'Jordan Blake', email: 'jordan.blake@example.com', admin: false },
] as const;

export const DEMO_SPACES = [
  { id: 131073, key: 'DEMO', name: 'Order Platform', everyone: true },
  { id: 131074, key: 'OPS', name: 'Operations', everyone: false },
  { id: 131075, key: 'FIN', name: 'Finance Systems', everyone: false },
] as const;

/** Fixed users and spaces of the contract; idempotent so a reopened database keeps its data. */
export function seedPrincipals(db: Db): void {
  const now = new Date('2026-01-05T09:00:00.000Z').toISOString();
  const insertUser = db.prepare(
    `INSERT OR IGNORE INTO users (account_id, display_name, email, account_type, is_admin) VALUES (?, ?, ?, ?, ?)`,
  );
  const insertSpace = db.prepare(
    `INSERT OR IGNORE INTO spaces (id, key, name, created_at, everyone) VALUES (?, ?, ?, ?, ?)`,
  );
  const grant = db.prepare(`INSERT OR IGNORE INTO space_access (space_id, account_id) VALUES (?, ?)`);
  db.transaction(() => {
    insertUser.run(APP_ACCOUNT_ID, 'KT Handover (app)', null, 'app', 0);
    for (const u of DEMO_USERS) insertUser.run(u.accountId, u.displayName, u.email, 'atlassian', u.admin ? 1 : 0);
    for (const s of DEMO_SPACES) {
      insertSpace.run(s.id, s.key, s.name, now, s.everyone ? 1 : 0);
      if (!s.everyone) {
        for (const u of DEMO_USERS) if (u.accountId !== 'user-outsider') grant.run(s.id, u.accountId);
      }
      ensureHomepage(db, s.id, `${s.name} Home`, now);
    }
  })();
}

export function findUser(db: Db, accountId: string): UserRow | undefined {
  return db.prepare('SELECT * FROM users WHERE account_id = ?').get(accountId) as UserRow | undefined;
}

export function principalFor(db: Db, accountId: string): Principal | undefined {
  if (accountId === APP_ACCOUNT_ID) return { accountId, seesAll: true };
  const user = findUser(db, accountId);
  if (!user || user.account_type === 'app') return undefined;
  return { accountId, seesAll: user.is_admin === 1 };
}

/** SQL fragment (with its parameters) restricting `<alias>.space_id` to spaces the principal may see. */
export function visibleSpaceClause(p: Principal, column = 'space_id'): { sql: string; params: unknown[] } {
  if (p.seesAll) return { sql: '1 = 1', params: [] };
  return {
    sql: `${column} IN (SELECT id FROM spaces WHERE everyone = 1 UNION SELECT space_id FROM space_access WHERE account_id = ?)`,
    params: [p.accountId],
  };
}

const canSeeStatements = new WeakMap<Db, Statement<unknown[]>>();

export function canSeeSpace(db: Db, p: Principal, spaceId: number): boolean {
  if (p.seesAll) return true;
  let statement = canSeeStatements.get(db);
  if (!statement) {
    statement = db.prepare(
      `SELECT 1 FROM spaces s WHERE s.id = ? AND (s.everyone = 1 OR EXISTS
        (SELECT 1 FROM space_access a WHERE a.space_id = s.id AND a.account_id = ?))`,
    );
    canSeeStatements.set(db, statement);
  }
  return statement.get(spaceId, p.accountId) !== undefined;
}

const EMPTY_DOC = JSON.stringify({ type: 'doc', version: 1, content: [] });

/** Every Confluence space has a homepage; pages created without a parent go under it. */
function ensureHomepage(db: Db, spaceId: number, title: string, now: string): void {
  const space = db.prepare('SELECT homepage_id FROM spaces WHERE id = ?').get(spaceId) as { homepage_id: number | null };
  if (space.homepage_id !== null) return;
  const id = nextId(db, 'content');
  db.prepare(
    `INSERT INTO pages (id, space_id, parent_id, title, status, author_id, owner_id, created_at, version, version_at,
       version_author, version_message, body) VALUES (?, ?, NULL, ?, 'current', 'user-admin', 'user-admin', ?, 1, ?, 'user-admin', '', ?)`,
  ).run(id, spaceId, title, now, now, EMPTY_DOC);
  db.prepare('UPDATE spaces SET homepage_id = ? WHERE id = ?').run(id, spaceId);
}
