import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

/**
 * SQLite schema of the sandbox. Labels and searchable content-property values live in their
 * own indexed tables so CQL never scans page bodies (the admin report searches thousands).
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS users (
  account_id TEXT PRIMARY KEY, display_name TEXT NOT NULL, email TEXT, account_type TEXT NOT NULL DEFAULT 'atlassian',
  is_admin INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS spaces (
  id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, homepage_id INTEGER,
  created_at TEXT NOT NULL, everyone INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS space_access (
  space_id INTEGER NOT NULL, account_id TEXT NOT NULL, PRIMARY KEY (space_id, account_id));
CREATE TABLE IF NOT EXISTS pages (
  id INTEGER PRIMARY KEY, space_id INTEGER NOT NULL, parent_id INTEGER, title TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'current', author_id TEXT NOT NULL, owner_id TEXT, created_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1, version_at TEXT NOT NULL, version_author TEXT NOT NULL,
  version_message TEXT NOT NULL DEFAULT '', body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS pages_space ON pages (space_id, id);
CREATE INDEX IF NOT EXISTS pages_parent ON pages (parent_id, id);
CREATE INDEX IF NOT EXISTS pages_title ON pages (space_id, title);
CREATE TABLE IF NOT EXISTS labels (
  id INTEGER PRIMARY KEY, page_id INTEGER NOT NULL, prefix TEXT NOT NULL, name TEXT NOT NULL,
  UNIQUE (page_id, prefix, name));
CREATE INDEX IF NOT EXISTS labels_name ON labels (name, page_id);
CREATE TABLE IF NOT EXISTS properties (
  id INTEGER PRIMARY KEY, page_id INTEGER NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
  version INTEGER NOT NULL, version_at TEXT NOT NULL, version_author TEXT NOT NULL,
  UNIQUE (page_id, key));
CREATE TABLE IF NOT EXISTS property_index (
  page_id INTEGER NOT NULL, prop_key TEXT NOT NULL, path TEXT NOT NULL, value_text TEXT, value_num REAL);
CREATE INDEX IF NOT EXISTS property_index_text ON property_index (prop_key, path, value_text);
CREATE INDEX IF NOT EXISTS property_index_num ON property_index (prop_key, path, value_num);
CREATE INDEX IF NOT EXISTS property_index_page ON property_index (page_id);
CREATE TABLE IF NOT EXISTS attachments (
  id INTEGER PRIMARY KEY, page_id INTEGER NOT NULL, title TEXT NOT NULL, media_type TEXT NOT NULL,
  file_size INTEGER NOT NULL, file_id TEXT NOT NULL, comment TEXT NOT NULL DEFAULT '', data BLOB NOT NULL,
  created_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, version_at TEXT NOT NULL, author_id TEXT NOT NULL,
  UNIQUE (page_id, title));
CREATE TABLE IF NOT EXISTS tasks (
  id INTEGER PRIMARY KEY, page_id INTEGER NOT NULL, local_id TEXT NOT NULL, status TEXT NOT NULL,
  body TEXT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
  completed_by TEXT, completed_at TEXT, UNIQUE (page_id, local_id));
CREATE TABLE IF NOT EXISTS seq (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT OR IGNORE INTO seq (name, value) VALUES ('content', 98300), ('task', 1000), ('label', 7000);
`;

export type Db = Database.Database;

/** Opens (and creates) `<dir>/confluence.db`, or an in-memory database for ':memory:'. */
export function openDb(dir: string): Db {
  let file = ':memory:';
  if (dir !== ':memory:') {
    fs.mkdirSync(dir, { recursive: true });
    file = path.join(dir, 'confluence.db');
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(SCHEMA);
  return db;
}

/** Confluence ids are numeric strings from one shared counter per kind. */
export function nextId(db: Db, name: 'content' | 'task' | 'label'): number {
  const row = db.prepare('UPDATE seq SET value = value + 1 WHERE name = ? RETURNING value').get(name) as {
    value: number;
  };
  return row.value;
}
