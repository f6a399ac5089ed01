import { badRequest } from '../errors';
import { pageOf, windowFrom } from '../pagination';
import { idParam, listParam, type Ctx, type Router } from '../router';
import {
  attachmentJson,
  childPageJson,
  pageJson,
  propertyJson,
  spaceJson,
  taskJson,
} from '../shapes';
import type { PageRow } from '../store';

/** REST v2 endpoints under /wiki/api/v2 the app uses. */

const V2 = '/wiki/api/v2';

function spaceKeyOf(ctx: Ctx, spaceId: number): string {
  return ctx.store.spaceRowUnchecked(spaceId)?.key ?? 'UNKNOWN';
}

function pageOut(ctx: Ctx, page: PageRow, bodyFormat: string | null) {
  return pageJson(page, spaceKeyOf(ctx, page.space_id), bodyFormat, ctx.base);
}

function bodyFormat(ctx: Ctx): string | null {
  const f = ctx.query.get('body-format');
  if (f && !['atlas_doc_format', 'storage', 'view', 'export_view', 'anonymous_export_view', 'styled_view', 'editor'].includes(f)) {
    throw badRequest(`Unknown body-format '${f}'`);
  }
  return f;
}

function list<T>(ctx: Ctx, rows: T[], w: { offset: number; limit: number }) {
  const { results, next } = pageOf(rows, w, ctx.url);
  return { json: { results, _links: { ...(next ? { next } : {}), base: ctx.base } } };
}

interface BodyWrite {
  representation?: string;
  value?: unknown;
}

/** Accepts `{representation, value}` and the nested `{atlas_doc_format: {...}}` write forms. */
function adfValue(body: unknown): string | undefined {
  if (body === undefined || body === null) return undefined;
  const b = body as BodyWrite & { atlas_doc_format?: BodyWrite; storage?: BodyWrite };
  const write = b.atlas_doc_format ?? (b.representation ? b : undefined);
  if (!write) throw badRequest('body must be {representation: "atlas_doc_format", value}');
  if (b.storage || (write.representation && write.representation !== 'atlas_doc_format')) {
    throw badRequest('The sandbox only stores atlas_doc_format bodies');
  }
  if (typeof write.value !== 'string') throw badRequest('body.value must be a string (JSON-encoded ADF)');
  return write.value;
}

export function registerV2(r: Router): void {
  // ----- pages -----
  r.on('GET', `${V2}/pages`, (ctx) => {
    const w = windowFrom(ctx.query);
    const rows = ctx.store.listPages(
      ctx.principal,
      {
        spaceIds: listParam(ctx.query, 'space-id').map((v) => idParam(v, 'space-id')),
        ids: listParam(ctx.query, 'id').map((v) => idParam(v)),
        title: ctx.query.get('title') ?? undefined,
        status: listParam(ctx.query, 'status'),
      },
      w,
    );
    const fmt = bodyFormat(ctx);
    return list(ctx, rows.map((p) => pageOut(ctx, p, fmt)), w);
  });

  r.on('POST', `${V2}/pages`, async (ctx) => {
    const body = await ctx.json<{ spaceId?: string; status?: string; title?: string; parentId?: string; body?: unknown }>();
    if (!body || typeof body !== 'object') throw badRequest('Expected a JSON object');
    if (body.status && body.status !== 'current') throw badRequest('The sandbox creates current pages only');
    const value = adfValue(body.body) ?? JSON.stringify({ type: 'doc', version: 1, content: [] });
    const page = ctx.store.createPage(ctx.principal, {
      spaceId: idParam(body.spaceId, 'spaceId'),
      title: String(body.title ?? ''),
      parentId: body.parentId === undefined ? undefined : idParam(body.parentId, 'parentId'),
      body: value,
    });
    return { json: pageOut(ctx, page, 'atlas_doc_format') };
  });

  r.on('GET', `${V2}/pages/:id`, (ctx) => {
    const page = ctx.store.page(ctx.principal, idParam(ctx.params.id));
    const out: Record<string, unknown> = pageOut(ctx, page, bodyFormat(ctx));
    if (ctx.query.get('include-labels') === 'true') {
      out.labels = { results: ctx.store.labels(ctx.principal, page.id).map((l) => ({ id: String(l.id), name: l.name, prefix: l.prefix })) };
    }
    if (ctx.query.get('include-properties') === 'true') {
      out.properties = { results: ctx.store.properties(ctx.principal, page.id, undefined, { offset: 0, limit: 50 }).map(propertyJson) };
    }
    return { json: out };
  });

  r.on('PUT', `${V2}/pages/:id`, async (ctx) => {
    const id = idParam(ctx.params.id);
    const body = await ctx.json<{
      id?: string;
      status?: string;
      title?: string;
      body?: unknown;
      parentId?: string;
      version?: { number?: number; message?: string };
    }>();
    if (!body || typeof body !== 'object') throw badRequest('Expected a JSON object');
    if (body.id !== undefined && String(body.id) !== String(id)) throw badRequest('The id in the body does not match the path');
    if (!body.status) throw badRequest('status is required');
    if (typeof body.title !== 'string' || !body.title) throw badRequest('title is required');
    if (typeof body.version?.number !== 'number') throw badRequest('version.number is required');
    if (body.body === undefined) throw badRequest('body is required: Confluence replaces the whole body on update');
    const page = ctx.store.updatePage(ctx.principal, id, {
      title: body.title,
      status: body.status,
      body: adfValue(body.body),
      versionNumber: body.version.number,
      message: body.version.message,
      parentId: body.parentId === undefined ? undefined : idParam(body.parentId, 'parentId'),
    });
    return { json: pageOut(ctx, page, 'atlas_doc_format') };
  });

  r.on('GET', `${V2}/pages/:id/children`, (ctx) => {
    const parent = ctx.store.page(ctx.principal, idParam(ctx.params.id));
    const w = windowFrom(ctx.query);
    const rows = ctx.store.listPages(ctx.principal, { parentId: parent.id }, w);
    return list(ctx, rows.map(childPageJson), w);
  });

  r.on('GET', `${V2}/pages/:id/labels`, (ctx) => {
    const w = windowFrom(ctx.query);
    const rows = ctx.store.labels(ctx.principal, idParam(ctx.params.id)).slice(w.offset, w.offset + w.limit + 1);
    return list(ctx, rows.map((l) => ({ id: String(l.id), name: l.name, prefix: l.prefix })), w);
  });

  // ----- content properties -----
  r.on('GET', `${V2}/pages/:id/properties`, (ctx) => {
    const w = windowFrom(ctx.query, 10, 250);
    const rows = ctx.store.properties(ctx.principal, idParam(ctx.params.id), ctx.query.get('key') ?? undefined, w);
    return list(ctx, rows.map(propertyJson), w);
  });

  r.on('POST', `${V2}/pages/:id/properties`, async (ctx) => {
    const body = await ctx.json<{ key?: string; value?: unknown }>();
    const row = ctx.store.createProperty(ctx.principal, idParam(ctx.params.id), String(body?.key ?? ''), body?.value);
    return { json: propertyJson(row) };
  });

  r.on('GET', `${V2}/pages/:id/properties/:propertyId`, (ctx) => {
    const row = ctx.store.property(ctx.principal, idParam(ctx.params.id), idParam(ctx.params.propertyId, 'property-id'));
    return { json: propertyJson(row) };
  });

  r.on('PUT', `${V2}/pages/:id/properties/:propertyId`, async (ctx) => {
    const body = await ctx.json<{ key?: string; value?: unknown; version?: { number?: number } }>();
    if (typeof body?.version?.number !== 'number') throw badRequest('version.number is required');
    const row = ctx.store.updateProperty(ctx.principal, idParam(ctx.params.id), idParam(ctx.params.propertyId, 'property-id'), {
      key: body.key,
      value: body.value,
      versionNumber: body.version.number,
    });
    return { json: propertyJson(row) };
  });

  r.on('DELETE', `${V2}/pages/:id/properties/:propertyId`, (ctx) => {
    ctx.store.deleteProperty(ctx.principal, idParam(ctx.params.id), idParam(ctx.params.propertyId, 'property-id'));
    return { status: 204 };
  });

  // ----- attachments -----
  r.on('GET', `${V2}/pages/:id/attachments`, (ctx) => {
    const pageId = idParam(ctx.params.id);
    const page = ctx.store.page(ctx.principal, pageId);
    const w = windowFrom(ctx.query, 50, 250);
    const rows = ctx.store.attachments(
      ctx.principal,
      pageId,
      { mediaType: ctx.query.get('mediaType') ?? undefined, filename: ctx.query.get('filename') ?? undefined },
      w,
    );
    const key = spaceKeyOf(ctx, page.space_id);
    return list(ctx, rows.map((a) => attachmentJson(a, key)), w);
  });

  r.on('GET', `${V2}/attachments/:id`, (ctx) => {
    const id = idParam(ctx.params.id.replace(/^att/, ''), 'attachment id');
    const a = ctx.store.attachment(ctx.principal, undefined, id);
    const page = ctx.store.page(ctx.principal, a.page_id);
    return { json: attachmentJson(a, spaceKeyOf(ctx, page.space_id)) };
  });

  // ----- tasks -----
  r.on('GET', `${V2}/tasks`, (ctx) => {
    const w = windowFrom(ctx.query);
    const status = ctx.query.get('status');
    if (status && status !== 'complete' && status !== 'incomplete') throw badRequest("status must be 'complete' or 'incomplete'");
    const rows = ctx.store.tasks(
      ctx.principal,
      {
        pageIds: listParam(ctx.query, 'page-id').map((v) => idParam(v, 'page-id')),
        spaceIds: listParam(ctx.query, 'space-id').map((v) => idParam(v, 'space-id')),
        taskIds: listParam(ctx.query, 'task-id').map((v) => idParam(v, 'task-id')),
        completedBy: listParam(ctx.query, 'completed-by'),
        status: (status ?? undefined) as 'complete' | 'incomplete' | undefined,
      },
      w,
    );
    const fmt = bodyFormat(ctx);
    return list(ctx, rows.map((t) => taskJson(t, fmt)), w);
  });

  r.on('GET', `${V2}/tasks/:id`, (ctx) => ({ json: taskJson(ctx.store.task(ctx.principal, idParam(ctx.params.id)), bodyFormat(ctx)) }));

  r.on('PUT', `${V2}/tasks/:id`, async (ctx) => {
    const body = await ctx.json<{ status?: string }>();
    const row = ctx.store.updateTask(ctx.principal, idParam(ctx.params.id), body?.status as 'complete' | 'incomplete');
    return { json: taskJson(row, bodyFormat(ctx)) };
  });

  // ----- spaces -----
  r.on('GET', `${V2}/spaces`, (ctx) => {
    const w = windowFrom(ctx.query);
    const rows = ctx.store.listSpaces(
      ctx.principal,
      { ids: listParam(ctx.query, 'ids').map((v) => idParam(v, 'ids')), keys: listParam(ctx.query, 'keys') },
      w,
    );
    return list(ctx, rows.map(spaceJson), w);
  });

  r.on('GET', `${V2}/spaces/:id`, (ctx) => ({ json: spaceJson(ctx.store.space(ctx.principal, idParam(ctx.params.id))) }));

  r.on('GET', `${V2}/spaces/:id/pages`, (ctx) => {
    const space = ctx.store.space(ctx.principal, idParam(ctx.params.id));
    const w = windowFrom(ctx.query);
    const rows = ctx.store.listPages(
      ctx.principal,
      { spaceIds: [space.id], title: ctx.query.get('title') ?? undefined, status: listParam(ctx.query, 'status') },
      w,
    );
    const fmt = bodyFormat(ctx);
    return list(ctx, rows.map((p) => pageOut(ctx, p, fmt)), w);
  });
}
