import { EventEmitter } from 'node:events';
import crypto from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import { nextId, type Db } from './db';
import { parseAdf, setTaskItemState, taskItemsOf } from './adf-tasks';
import { HttpError, badRequest, notFound } from './errors';
import { canSeeSpace, visibleSpaceClause, type Principal } from './principals';
import { indexRows, type PropertyIndexSpec } from './property-index';

/**
 * The sandbox's Confluence: pages, labels, content properties, attachments and tasks, with the
 * permission and versioning rules the app meets in Cloud. Routes are thin JSON adapters over this.
 */

export interface PageRow {
  id: number;
  space_id: number;
  parent_id: number | null;
  title: string;
  status: string;
  author_id: string;
  owner_id: string | null;
  created_at: string;
  version: number;
  version_at: string;
  version_author: string;
  version_message: string;
  body: string;
}

export interface PropertyRow {
  id: number;
  page_id: number;
  key: string;
  value: string;
  version: number;
  version_at: string;
  version_author: string;
}

export interface AttachmentRow {
  id: number;
  page_id: number;
  title: string;
  media_type: string;
  file_size: number;
  file_id: string;
  comment: string;
  data: Buffer;
  created_at: string;
  version: number;
  version_at: string;
  author_id: string;
}

export interface TaskRow {
  id: number;
  page_id: number;
  local_id: string;
  status: 'complete' | 'incomplete';
  body: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  completed_by: string | null;
  completed_at: string | null;
  space_id?: number;
}

export interface SpaceRow {
  id: number;
  key: string;
  name: string;
  homepage_id: number | null;
  created_at: string;
  everyone: number;
}

/** What Confluence delivers to Forge `avi:confluence:updated:task` triggers. */
export interface TaskEvent {
  eventType: 'avi:confluence:updated:task';
  atlassianId: string;
  task: {
    id: string;
    localId: string;
    status: 'complete' | 'incomplete';
    pageId: string;
    spaceId: string;
    completedBy?: string;
    completedAt?: string;
    createdBy: string;
    createdAt: string;
    updatedAt: string;
  };
}

export interface ListWindow {
  offset: number;
  limit: number;
}

const MAX_BODY_BYTES = 5 * 1024 * 1024;

export class ConfluenceStore {
  readonly events = new EventEmitter();
  /** Injected by tests to make time deterministic. */
  now: () => Date = () => new Date();

  constructor(
    readonly db: Db,
    readonly propertyIndexes: PropertyIndexSpec[],
  ) {}

  private statements = new Map<string, Statement>();

  /** Prepared statements, cached: preparing per call costs more than running most queries. */
  sql(source: string): Statement {
    let st = this.statements.get(source);
    if (!st) {
      st = this.db.prepare(source);
      this.statements.set(source, st);
    }
    return st;
  }

  private iso(): string {
    return this.now().toISOString();
  }

  // ---------- spaces ----------

  space(p: Principal, id: number): SpaceRow {
    const row = this.sql('SELECT * FROM spaces WHERE id = ?').get(id) as SpaceRow | undefined;
    if (!row || !canSeeSpace(this.db, p, row.id)) throw notFound('Space');
    return row;
  }

  spaceByKey(p: Principal, key: string): SpaceRow {
    const row = this.sql('SELECT * FROM spaces WHERE key = ?').get(key) as SpaceRow | undefined;
    if (!row || !canSeeSpace(this.db, p, row.id)) throw notFound('Space');
    return row;
  }

  spaceRowUnchecked(id: number): SpaceRow | undefined {
    return this.sql('SELECT * FROM spaces WHERE id = ?').get(id) as SpaceRow | undefined;
  }

  listSpaces(p: Principal, filter: { ids?: number[]; keys?: string[] }, w: ListWindow): SpaceRow[] {
    const vis = visibleSpaceClause(p, 'id');
    const where = [vis.sql];
    const params: unknown[] = [...vis.params];
    if (filter.ids?.length) {
      where.push(`id IN (${filter.ids.map(() => '?').join(',')})`);
      params.push(...filter.ids);
    }
    if (filter.keys?.length) {
      where.push(`key IN (${filter.keys.map(() => '?').join(',')})`);
      params.push(...filter.keys);
    }
    return this.sql(`SELECT * FROM spaces WHERE ${where.join(' AND ')} ORDER BY id LIMIT ? OFFSET ?`)
      .all(...params, w.limit + 1, w.offset) as SpaceRow[];
  }

  // ---------- pages ----------

  private pageRow(id: number): PageRow | undefined {
    return this.sql(`SELECT * FROM pages WHERE id = ? AND status != 'deleted'`).get(id) as PageRow | undefined;
  }

  page(p: Principal, id: number): PageRow {
    const row = Number.isSafeInteger(id) ? this.pageRow(id) : undefined;
    if (!row || !canSeeSpace(this.db, p, row.space_id)) throw notFound('Page');
    return row;
  }

  listPages(
    p: Principal,
    filter: { spaceIds?: number[]; ids?: number[]; title?: string; status?: string[]; parentId?: number },
    w: ListWindow,
  ): PageRow[] {
    const vis = visibleSpaceClause(p);
    const where = [vis.sql];
    const params: unknown[] = [...vis.params];
    const inList = (col: string, values: unknown[]) => {
      where.push(`${col} IN (${values.map(() => '?').join(',')})`);
      params.push(...values);
    };
    if (filter.spaceIds?.length) inList('space_id', filter.spaceIds);
    if (filter.ids?.length) inList('id', filter.ids);
    if (filter.title !== undefined) {
      where.push('title = ?');
      params.push(filter.title);
    }
    if (filter.parentId !== undefined) {
      where.push('parent_id = ?');
      params.push(filter.parentId);
    }
    inList('status', filter.status?.length ? filter.status : ['current']);
    return this.sql(`SELECT * FROM pages WHERE ${where.join(' AND ')} ORDER BY id LIMIT ? OFFSET ?`)
      .all(...params, w.limit + 1, w.offset) as PageRow[];
  }

  private checkBody(value: string): void {
    if (Buffer.byteLength(value) > MAX_BODY_BYTES) throw new HttpError(413, 'Request entity too large (over 5 MB)');
    const doc = parseAdf(value);
    if (!doc || doc.type !== 'doc') throw badRequest('body.value is not an ADF document (atlas_doc_format)');
  }

  private checkTitleFree(spaceId: number, title: string, exceptId?: number): void {
    const clash = this.sql(`SELECT id FROM pages WHERE space_id = ? AND title = ? AND status = 'current' AND id != ?`)
      .get(spaceId, title, exceptId ?? -1);
    if (clash) throw badRequest('A page with this title already exists: A page already exists with the same TITLE in this space');
  }

  createPage(
    p: Principal,
    input: { spaceId: number; title: string; parentId?: number; body: string; status?: string },
  ): PageRow {
    const space = this.space(p, input.spaceId);
    if (!input.title?.trim()) throw badRequest('Title is required for a current page');
    this.checkBody(input.body);
    let parentId = input.parentId ?? space.homepage_id ?? null;
    if (input.parentId !== undefined) {
      const parent = this.page(p, input.parentId);
      if (parent.space_id !== space.id) throw badRequest('The parent page is in another space');
      parentId = parent.id;
    }
    const events: TaskEvent[] = [];
    const row = this.db.transaction(() => {
      this.checkTitleFree(space.id, input.title);
      const id = nextId(this.db, 'content');
      const now = this.iso();
      this.sql(
          `INSERT INTO pages (id, space_id, parent_id, title, status, author_id, owner_id, created_at, version,
             version_at, version_author, version_message, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, '', ?)`,
        )
        .run(id, space.id, parentId, input.title, input.status ?? 'current', p.accountId, p.accountId, now, now, p.accountId, input.body);
      this.syncTasks(id, space.id, input.body, p.accountId, now, events);
      return this.pageRow(id)!;
    })();
    this.emit(events);
    return row;
  }

  updatePage(
    p: Principal,
    id: number,
    input: { title: string; body?: string; status?: string; versionNumber: number; message?: string; parentId?: number },
  ): PageRow {
    const current = this.page(p, id);
    if (input.body !== undefined) this.checkBody(input.body);
    const events: TaskEvent[] = [];
    const row = this.db.transaction(() => {
      const fresh = this.pageRow(id)!;
      if (input.versionNumber !== fresh.version + 1) {
        throw new HttpError(
          409,
          `Version must be incremented when updating a page. Current Version: [${fresh.version}]. Provided version: [${input.versionNumber}]`,
        );
      }
      if (input.title !== fresh.title) this.checkTitleFree(fresh.space_id, input.title, id);
      let parentId = fresh.parent_id;
      if (input.parentId !== undefined && input.parentId !== fresh.parent_id) {
        const parent = this.page(p, input.parentId);
        if (parent.space_id !== fresh.space_id) throw badRequest('The parent page is in another space');
        parentId = parent.id;
      }
      const now = this.iso();
      const body = input.body ?? fresh.body;
      this.sql(
          `UPDATE pages SET title = ?, status = ?, parent_id = ?, body = ?, version = ?, version_at = ?,
             version_author = ?, version_message = ? WHERE id = ?`,
        )
        .run(input.title, input.status ?? current.status, parentId, body, input.versionNumber, now, p.accountId, input.message ?? '', id);
      this.syncTasks(id, fresh.space_id, body, p.accountId, now, events);
      return this.pageRow(id)!;
    })();
    this.emit(events);
    return row;
  }

  /**
   * Keeps the tasks table in step with the body's taskItems. A state change is attributed to
   * whoever wrote the body, as Confluence attributes an editor's tick to the editor.
   */
  private syncTasks(pageId: number, spaceId: number, body: string, actor: string, now: string, events: TaskEvent[]): void {
    const items = taskItemsOf(parseAdf(body));
    const existing = new Map(
      (this.sql('SELECT * FROM tasks WHERE page_id = ?').all(pageId) as TaskRow[]).map((t) => [t.local_id, t]),
    );
    const insert = this.sql(
      `INSERT INTO tasks (id, page_id, local_id, status, body, created_by, created_at, updated_at, completed_by, completed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const update = this.sql(
      `UPDATE tasks SET status = ?, body = ?, updated_at = ?, completed_by = ?, completed_at = ? WHERE id = ?`,
    );
    const touchBody = this.sql('UPDATE tasks SET body = ? WHERE id = ?');
    for (const item of items) {
      const status = item.state === 'DONE' ? 'complete' : 'incomplete';
      const prev = existing.get(item.localId);
      existing.delete(item.localId);
      if (!prev) {
        const done = status === 'complete';
        insert.run(nextId(this.db, 'task'), pageId, item.localId, status, item.node, actor, now, now, done ? actor : null, done ? now : null);
      } else if (prev.status !== status) {
        const done = status === 'complete';
        update.run(status, item.node, now, done ? actor : null, done ? now : null, prev.id);
        events.push(this.taskEvent({ ...prev, status, updated_at: now, completed_by: done ? actor : null, completed_at: done ? now : null }, spaceId, actor));
      } else if (prev.body !== item.node) {
        touchBody.run(item.node, prev.id);
      }
    }
    const remove = this.sql('DELETE FROM tasks WHERE id = ?');
    for (const gone of existing.values()) remove.run(gone.id);
  }

  private taskEvent(t: TaskRow, spaceId: number, actor: string): TaskEvent {
    return {
      eventType: 'avi:confluence:updated:task',
      atlassianId: actor,
      task: {
        id: String(t.id),
        localId: t.local_id,
        status: t.status,
        pageId: String(t.page_id),
        spaceId: String(spaceId),
        ...(t.completed_by ? { completedBy: t.completed_by } : {}),
        ...(t.completed_at ? { completedAt: t.completed_at } : {}),
        createdBy: t.created_by,
        createdAt: t.created_at,
        updatedAt: t.updated_at,
      },
    };
  }

  private emit(events: TaskEvent[]): void {
    for (const e of events) this.events.emit('task', e);
  }

  // ---------- labels ----------

  labels(p: Principal, pageId: number): Array<{ id: number; prefix: string; name: string }> {
    this.page(p, pageId);
    return this.sql('SELECT id, prefix, name FROM labels WHERE page_id = ? ORDER BY id').all(pageId) as Array<{
      id: number;
      prefix: string;
      name: string;
    }>;
  }

  addLabels(p: Principal, pageId: number, labels: Array<{ prefix?: string; name: string }>): void {
    this.page(p, pageId);
    const insert = this.sql('INSERT OR IGNORE INTO labels (id, page_id, prefix, name) VALUES (?, ?, ?, ?)');
    this.db.transaction(() => {
      for (const l of labels) {
        const name = String(l.name ?? '').trim().toLowerCase();
        if (!name || /[\s:]/.test(name)) throw badRequest(`Invalid label name: '${l.name}'`);
        insert.run(nextId(this.db, 'label'), pageId, l.prefix ?? 'global', name);
      }
    })();
  }

  // ---------- content properties ----------

  properties(p: Principal, pageId: number, key: string | undefined, w: ListWindow): PropertyRow[] {
    this.page(p, pageId);
    const sql = key === undefined ? '' : 'AND key = ?';
    const params: unknown[] = key === undefined ? [pageId] : [pageId, key];
    return this.sql(`SELECT * FROM properties WHERE page_id = ? ${sql} ORDER BY id LIMIT ? OFFSET ?`)
      .all(...params, w.limit + 1, w.offset) as PropertyRow[];
  }

  property(p: Principal, pageId: number, propertyId: number): PropertyRow {
    this.page(p, pageId);
    const row = this.sql('SELECT * FROM properties WHERE id = ? AND page_id = ?').get(propertyId, pageId) as
      | PropertyRow
      | undefined;
    if (!row) throw notFound('Content property');
    return row;
  }

  propertyByKeyUnchecked(pageId: number, key: string): PropertyRow | undefined {
    return this.sql('SELECT * FROM properties WHERE page_id = ? AND key = ?').get(pageId, key) as
      | PropertyRow
      | undefined;
  }

  createProperty(p: Principal, pageId: number, key: string, value: unknown): PropertyRow {
    this.page(p, pageId);
    if (typeof key !== 'string' || !key || key.length > 255) throw badRequest('Content property key is required (at most 255 characters)');
    if (value === undefined) throw badRequest('Content property value is required');
    return this.db.transaction(() => {
      if (this.propertyByKeyUnchecked(pageId, key)) {
        throw new HttpError(409, `A content property with key '${key}' already exists on content ${pageId}`);
      }
      const id = nextId(this.db, 'content');
      this.sql(`INSERT INTO properties (id, page_id, key, value, version, version_at, version_author) VALUES (?, ?, ?, ?, 1, ?, ?)`)
        .run(id, pageId, key, JSON.stringify(value), this.iso(), p.accountId);
      this.reindexProperty(pageId, key, value);
      return this.propertyByKeyUnchecked(pageId, key)!;
    })();
  }

  updateProperty(
    p: Principal,
    pageId: number,
    propertyId: number,
    input: { key?: string; value: unknown; versionNumber: number },
  ): PropertyRow {
    this.property(p, pageId, propertyId);
    if (input.value === undefined) throw badRequest('Content property value is required');
    return this.db.transaction(() => {
      const fresh = this.sql('SELECT * FROM properties WHERE id = ?').get(propertyId) as PropertyRow;
      if (input.key !== undefined && input.key !== fresh.key) throw badRequest('The key of a content property cannot change');
      if (input.versionNumber !== fresh.version + 1) {
        throw new HttpError(
          409,
          `Version must be incremented when updating a content property. Current Version: [${fresh.version}]. Provided version: [${input.versionNumber}]`,
        );
      }
      this.sql('UPDATE properties SET value = ?, version = ?, version_at = ?, version_author = ? WHERE id = ?')
        .run(JSON.stringify(input.value), input.versionNumber, this.iso(), p.accountId, propertyId);
      this.reindexProperty(pageId, fresh.key, input.value);
      return this.sql('SELECT * FROM properties WHERE id = ?').get(propertyId) as PropertyRow;
    })();
  }

  deleteProperty(p: Principal, pageId: number, propertyId: number): void {
    const row = this.property(p, pageId, propertyId);
    this.db.transaction(() => {
      this.sql('DELETE FROM properties WHERE id = ?').run(propertyId);
      this.reindexProperty(pageId, row.key, undefined);
    })();
  }

  private reindexProperty(pageId: number, key: string, value: unknown): void {
    const spec = this.propertyIndexes.find((s) => s.propertyKey === key);
    if (!spec) return;
    this.sql('DELETE FROM property_index WHERE page_id = ? AND prop_key = ?').run(pageId, key);
    if (value === undefined) return;
    const insert = this.sql('INSERT INTO property_index (page_id, prop_key, path, value_text, value_num) VALUES (?, ?, ?, ?, ?)');
    for (const r of indexRows(spec, value)) insert.run(pageId, key, r.path, r.text, r.num);
  }

  // ---------- attachments ----------

  attachments(
    p: Principal,
    pageId: number,
    filter: { mediaType?: string; filename?: string },
    w: ListWindow,
  ): AttachmentRow[] {
    this.page(p, pageId);
    const where = ['page_id = ?'];
    const params: unknown[] = [pageId];
    if (filter.mediaType) {
      where.push('media_type = ?');
      params.push(filter.mediaType);
    }
    if (filter.filename) {
      where.push('title = ?');
      params.push(filter.filename);
    }
    return this.sql(
        `SELECT id, page_id, title, media_type, file_size, file_id, comment, x'' AS data, created_at, version, version_at, author_id
         FROM attachments WHERE ${where.join(' AND ')} ORDER BY id LIMIT ? OFFSET ?`,
      )
      .all(...params, w.limit + 1, w.offset) as AttachmentRow[];
  }

  attachment(p: Principal, pageId: number | undefined, attachmentId: number): AttachmentRow {
    const row = this.sql('SELECT * FROM attachments WHERE id = ?').get(attachmentId) as AttachmentRow | undefined;
    if (!row || (pageId !== undefined && row.page_id !== pageId)) throw notFound('Attachment');
    this.page(p, row.page_id);
    return row;
  }

  attachmentByTitle(p: Principal, pageId: number, title: string): AttachmentRow {
    this.page(p, pageId);
    const row = this.sql('SELECT * FROM attachments WHERE page_id = ? AND title = ?').get(pageId, title) as
      | AttachmentRow
      | undefined;
    if (!row) throw notFound('Attachment');
    return row;
  }

  /** `replace` is v1 PUT semantics (new version of a same-named file); POST refuses a duplicate name. */
  putAttachment(
    p: Principal,
    pageId: number,
    file: { title: string; mediaType: string; data: Buffer; comment?: string },
    replace: boolean,
  ): AttachmentRow {
    this.page(p, pageId);
    if (!file.title) throw badRequest('The attachment needs a file name');
    return this.db.transaction(() => {
      const now = this.iso();
      const existing = this.sql('SELECT id, version FROM attachments WHERE page_id = ? AND title = ?').get(pageId, file.title) as
        | { id: number; version: number }
        | undefined;
      if (existing && !replace) {
        throw badRequest(`Cannot add a new attachment with same file name as an existing attachment: ${file.title}`);
      }
      if (existing) {
        this.db
          .prepare(
            'UPDATE attachments SET media_type = ?, file_size = ?, data = ?, comment = ?, version = ?, version_at = ?, author_id = ? WHERE id = ?',
          )
          .run(file.mediaType, file.data.length, file.data, file.comment ?? '', existing.version + 1, now, p.accountId, existing.id);
        return this.sql('SELECT * FROM attachments WHERE id = ?').get(existing.id) as AttachmentRow;
      }
      const id = nextId(this.db, 'content');
      this.sql(
          `INSERT INTO attachments (id, page_id, title, media_type, file_size, file_id, comment, data, created_at, version, version_at, author_id)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
        )
        .run(id, pageId, file.title, file.mediaType, file.data.length, crypto.randomUUID(), file.comment ?? '', file.data, now, now, p.accountId);
      return this.sql('SELECT * FROM attachments WHERE id = ?').get(id) as AttachmentRow;
    })();
  }

  // ---------- tasks ----------

  tasks(
    p: Principal,
    filter: { pageIds?: number[]; spaceIds?: number[]; status?: 'complete' | 'incomplete'; taskIds?: number[]; completedBy?: string[] },
    w: ListWindow,
  ): TaskRow[] {
    const vis = visibleSpaceClause(p, 'pg.space_id');
    const where = [vis.sql, `pg.status = 'current'`];
    const params: unknown[] = [...vis.params];
    const inList = (col: string, values: unknown[] | undefined) => {
      if (!values?.length) return;
      where.push(`${col} IN (${values.map(() => '?').join(',')})`);
      params.push(...values);
    };
    inList('t.page_id', filter.pageIds);
    inList('pg.space_id', filter.spaceIds);
    inList('t.id', filter.taskIds);
    inList('t.completed_by', filter.completedBy);
    if (filter.status) {
      where.push('t.status = ?');
      params.push(filter.status);
    }
    return this.sql(
        `SELECT t.*, pg.space_id AS space_id FROM tasks t JOIN pages pg ON pg.id = t.page_id
         WHERE ${where.join(' AND ')} ORDER BY t.id LIMIT ? OFFSET ?`,
      )
      .all(...params, w.limit + 1, w.offset) as TaskRow[];
  }

  task(p: Principal, id: number): TaskRow {
    const rows = this.tasks(p, { taskIds: [id] }, { offset: 0, limit: 1 });
    if (!rows.length) throw notFound('Task');
    return rows[0];
  }

  /**
   * A tick in view mode: the task changes as the caller, the taskItem in the body flips and the
   * page gets a new version, and the app's trigger hears about it.
   */
  updateTask(p: Principal, id: number, status: 'complete' | 'incomplete'): TaskRow {
    if (status !== 'complete' && status !== 'incomplete') throw badRequest("status must be 'complete' or 'incomplete'");
    const task = this.task(p, id);
    if (task.status === status) return task;
    const events: TaskEvent[] = [];
    this.db.transaction(() => {
      const page = this.pageRow(task.page_id)!;
      const doc = parseAdf(page.body);
      const now = this.iso();
      if (doc && setTaskItemState(doc, task.local_id, status === 'complete' ? 'DONE' : 'TODO')) {
        const body = JSON.stringify(doc);
        this.db
          .prepare(`UPDATE pages SET body = ?, version = version + 1, version_at = ?, version_author = ?, version_message = '' WHERE id = ?`)
          .run(body, now, p.accountId, page.id);
        this.syncTasks(page.id, page.space_id, body, p.accountId, now, events);
      }
    })();
    this.emit(events);
    return this.task(p, id);
  }
}
