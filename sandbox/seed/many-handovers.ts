/**
 * Seeds the sandbox with many handover pages (default 2,000) across DEMO, OPS, FIN, DATA and
 * IDP, in every status, for the admin "Handovers" report:
 *
 *   npm run seed:many -- [--count 2000] [--dir .sandbox]
 *
 * Writes straight into the sandbox database (rows as the sandbox's store writes them), not over
 * HTTP: seeding is setup, not what the report's REST budget measures, and going through the
 * store page by page takes minutes for 2,000 pages. Pages carry the label `kt-handover`, the
 * `kt-handover` content property (indexed for CQL like the store does), a body built by the
 * app's own page builder, and their tasks, ticked by the incoming owner who verified them.
 */
import { APP_ACCOUNT_ID, type SandboxApp } from '../confluence';
import { taskItemsOf, type AdfNode } from '../confluence/adf-tasks';
import { nextId } from '../confluence/db';
import { indexRows } from '../confluence/property-index';
import { HANDOVER_LABEL, HANDOVER_PROPERTY_KEY } from '../../src/handover/state';
import { SEED_PEOPLE, SEED_SPACES, seedHandover, seedHandoverPlace } from './many-handovers-data';

export interface ManyHandoversOptions {
  count?: number;
  /** "Now" for generation and verification dates (tests pin it). */
  now?: Date;
  seed?: number;
}

export interface ManyHandoversResult {
  created: number;
  /** Handovers per space key, so callers know what each user should see. */
  bySpace: Record<string, number>;
  byStatus: Record<string, number>;
  ms: number;
}

const OUTSIDER = 'user-outsider';

/** Extra people and spaces; idempotent, so seeding twice does not duplicate them. */
function ensurePeopleAndSpaces(app: Pick<SandboxApp, 'db'>): void {
  const now = new Date().toISOString();
  const insertUser = app.db.prepare(
    `INSERT OR IGNORE INTO users (account_id, display_name, email, account_type, is_admin) VALUES (?, ?, ?, 'atlassian', 0)`,
  );
  const insertSpace = app.db.prepare(`INSERT OR IGNORE INTO spaces (id, key, name, created_at, everyone) VALUES (?, ?, ?, ?, ?)`);
  const grant = app.db.prepare(`INSERT OR IGNORE INTO space_access (space_id, account_id) VALUES (?, ?)`);
  app.db.transaction(() => {
    for (const p of SEED_PEOPLE) {
      insertUser.run(p.accountId, p.displayName, `${p.accountId.replace(/^user-/, '')}@example.com`);
    }
    for (const s of SEED_SPACES) {
      insertSpace.run(s.id, s.key, s.name, now, s.everyone ? 1 : 0);
      if (s.everyone) continue;
      for (const p of SEED_PEOPLE) grant.run(s.id, p.accountId);
      grant.run(s.id, 'user-outgoing');
      grant.run(s.id, 'user-incoming');
    }
  })();
  // The contract: the outsider sees DEMO only.
  const restricted = SEED_SPACES.filter((s) => !s.everyone).map((s) => s.id);
  app.db.prepare(`DELETE FROM space_access WHERE account_id = ? AND space_id IN (${restricted.map(() => '?').join(',')})`).run(OUTSIDER, ...restricted);
}

export function seedManyHandovers(app: Pick<SandboxApp, 'db' | 'store'>, options: ManyHandoversOptions = {}): ManyHandoversResult {
  const started = Date.now();
  const count = options.count ?? 2000;
  const now = options.now ?? new Date();
  ensurePeopleAndSpaces(app);
  const spaceIds = new Map(
    (app.db.prepare('SELECT id, key FROM spaces').all() as { id: number; key: string }[]).map((s) => [s.key, s.id]),
  );
  const db = app.db;
  const titleTaken = db.prepare(`SELECT 1 FROM pages WHERE space_id = ? AND title = ? AND status = 'current'`);
  const homepage = db.prepare('SELECT homepage_id FROM spaces WHERE id = ?');
  const insertPage = db.prepare(
    `INSERT INTO pages (id, space_id, parent_id, title, status, author_id, owner_id, created_at, version, version_at,
       version_author, version_message, body) VALUES (?, ?, ?, ?, 'current', ?, ?, ?, 1, ?, ?, '', ?)`,
  );
  const insertLabel = db.prepare('INSERT OR IGNORE INTO labels (id, page_id, prefix, name) VALUES (?, ?, ?, ?)');
  const insertProperty = db.prepare(
    `INSERT INTO properties (id, page_id, key, value, version, version_at, version_author) VALUES (?, ?, ?, ?, 1, ?, ?)`,
  );
  const insertIndex = db.prepare('INSERT INTO property_index (page_id, prop_key, path, value_text, value_num) VALUES (?, ?, ?, ?, ?)');
  const insertTask = db.prepare(
    `INSERT INTO tasks (id, page_id, local_id, status, body, created_by, created_at, updated_at, completed_by, completed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const spec = app.store.propertyIndexes.find((s) => s.propertyKey === HANDOVER_PROPERTY_KEY);
  const bySpace: Record<string, number> = {};
  const byStatus: Record<string, number> = {};
  let created = 0;
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      // Re-seeding keeps what is there (never overwrite a page someone may have ticked).
      const place = seedHandoverPlace(i, options.seed);
      if (titleTaken.get(spaceIds.get(place.spaceKey)!, place.title)) continue;
      const h = seedHandover(i, now, options.seed);
      const spaceId = spaceIds.get(h.spaceKey)!;
      if (h.title !== place.title) throw new Error(`seed title mismatch: ${h.title} vs ${place.title}`);
      const { generatedAt, generatedBy } = h.state;
      const parent = (homepage.get(spaceId) as { homepage_id: number | null }).homepage_id;
      const pageId = nextId(db, 'content');
      insertPage.run(pageId, spaceId, parent, h.title, generatedBy, generatedBy, generatedAt, generatedAt, generatedBy, h.body);
      insertLabel.run(nextId(db, 'label'), pageId, 'global', HANDOVER_LABEL);
      insertProperty.run(nextId(db, 'content'), pageId, HANDOVER_PROPERTY_KEY, JSON.stringify(h.state), generatedAt, APP_ACCOUNT_ID);
      if (spec) for (const r of indexRows(spec, h.state)) insertIndex.run(pageId, HANDOVER_PROPERTY_KEY, r.path, r.text, r.num);
      const verifiedBy = new Map(h.state.sections.map((s) => [s.taskLocalId, s.verified]));
      for (const task of taskItemsOf(h.doc as AdfNode)) {
        const done = task.state === 'DONE' ? verifiedBy.get(task.localId) : undefined;
        insertTask.run(
          nextId(db, 'task'), pageId, task.localId, done ? 'complete' : 'incomplete', task.node, generatedBy, generatedAt,
          done?.at ?? generatedAt, done?.by ?? null, done?.at ?? null,
        );
      }
      bySpace[h.spaceKey] = (bySpace[h.spaceKey] ?? 0) + 1;
      byStatus[h.state.status] = (byStatus[h.state.status] ?? 0) + 1;
      created++;
    }
  })();
  return { created, bySpace, byStatus, ms: Date.now() - started };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const { createSandboxApp } = await import('../confluence');
  const count = Number(arg('count') ?? 2000);
  if (!Number.isInteger(count) || count < 1) {
    console.error('--count must be a positive whole number, e.g. --count 2000');
    process.exit(2);
  }
  const app = createSandboxApp({ dir: arg('dir') });
  try {
    const result = seedManyHandovers(app, { count });
    const list = (counts: Record<string, number>) => Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ');
    console.log(
      `Seeded ${result.created} handover pages in ${(result.ms / 1000).toFixed(1)} s` +
        (result.created ? ` (${list(result.bySpace)}; ${list(result.byStatus)}).` : '.') +
        (result.created < count ? ` ${count - result.created} already existed and were kept.` : ''),
    );
    console.log('See them: npm start, then "Handovers" in the site navigation (as Sam Rivera, the admin, to see every space).');
  } finally {
    app.close();
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
