import { HttpError, badRequest, notFound } from '../errors';
import { pageOf, windowFrom } from '../pagination';
import { findUser } from '../principals';
import { idParam, type Ctx, type Router } from '../router';
import { searchPages, searchResultJson } from '../search';
import { downloadLink, userJson } from '../shapes';
import type { AttachmentRow } from '../store';
import { searchUsers } from '../user-search';

/** The v1 endpoints the app still needs: labels, attachment bytes and upload, CQL search, users. */

const V1 = '/wiki/rest/api';

function v1Attachment(ctx: Ctx, a: AttachmentRow) {
  const space = ctx.store.spaceRowUnchecked(ctx.store.page(ctx.principal, a.page_id).space_id)!;
  return {
    id: `att${a.id}`,
    type: 'attachment',
    status: 'current',
    title: a.title,
    version: { number: a.version, when: a.version_at, minorEdit: false },
    container: { id: String(a.page_id), type: 'page' },
    metadata: { mediaType: a.media_type, comment: a.comment },
    extensions: { mediaType: a.media_type, fileSize: a.file_size, comment: a.comment, fileId: a.file_id },
    _links: {
      webui: `/spaces/${space.key}/pages/${a.page_id}/attachments/${a.id}`,
      download: downloadLink(a),
      self: `${ctx.base}/rest/api/content/att${a.id}`,
    },
  };
}

async function upload(ctx: Ctx, replace: boolean) {
  const pageId = idParam(ctx.params.id);
  const type = ctx.req.headers['content-type'] ?? '';
  if (!type.startsWith('multipart/form-data')) throw badRequest('Attachments are uploaded as multipart/form-data with a "file" part');
  if (ctx.req.headers['x-atlassian-token'] !== 'no-check') {
    throw new HttpError(403, 'XSRF check failed: send the header X-Atlassian-Token: no-check');
  }
  const raw = await ctx.rawBody();
  const form = await new Request('http://sandbox.local/upload', { method: 'POST', headers: { 'content-type': type }, body: new Uint8Array(raw) }).formData();
  const files = form.getAll('file').filter((f): f is File => typeof f !== 'string');
  if (!files.length) throw badRequest('No "file" part in the upload');
  const comments = form.getAll('comment').map(String);
  const results = [];
  for (const [i, f] of files.entries()) {
    const row = ctx.store.putAttachment(
      ctx.principal,
      pageId,
      { title: f.name, mediaType: f.type || 'application/octet-stream', data: Buffer.from(await f.arrayBuffer()), comment: comments[i] },
      replace,
    );
    results.push(v1Attachment(ctx, row));
  }
  return { json: { results, start: 0, limit: results.length, size: results.length, _links: { base: ctx.base, context: '/wiki' } } };
}

function bytes(a: AttachmentRow) {
  return {
    raw: a.data,
    contentType: a.media_type,
    headers: { 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(a.title)}` },
  };
}

export function registerV1(r: Router): void {
  r.on('POST', `${V1}/content/:id/label`, async (ctx) => {
    const pageId = idParam(ctx.params.id);
    const body = await ctx.json<unknown>();
    const items = (Array.isArray(body) ? body : [body]) as Array<{ prefix?: string; name?: string }>;
    if (!items.length || items.some((l) => !l || typeof l.name !== 'string')) {
      throw badRequest('Expected [{prefix: "global", name}]');
    }
    ctx.store.addLabels(ctx.principal, pageId, items.map((l) => ({ prefix: l.prefix, name: l.name as string })));
    return { json: labelList(ctx.store.labels(ctx.principal, pageId), ctx.base, `${ctx.base}/rest/api/content/${pageId}/label`) };
  });

  r.on('GET', `${V1}/content/:id/label`, (ctx) => {
    return { json: labelList(ctx.store.labels(ctx.principal, idParam(ctx.params.id)), ctx.base) };
  });

  // Confluence answers the v1 download with a redirect to the file; fetch follows it on the same origin.
  r.on('GET', `${V1}/content/:id/child/attachment/:attachmentId/download`, (ctx) => {
    const pageId = idParam(ctx.params.id);
    const a = ctx.store.attachment(ctx.principal, pageId, idParam(ctx.params.attachmentId.replace(/^att/, ''), 'attachment id'));
    return { status: 302, headers: { location: `/wiki${downloadLink(a)}` } };
  });

  r.on('GET', `/wiki/download/attachments/:id/:filename`, (ctx) => {
    const a = ctx.store.attachmentByTitle(ctx.principal, idParam(ctx.params.id), ctx.params.filename);
    return bytes(a);
  });

  r.on('GET', `${V1}/content/:id/child/attachment`, (ctx) => {
    const pageId = idParam(ctx.params.id);
    const w = windowFrom(ctx.query, 50, 200);
    const rows = ctx.store.attachments(ctx.principal, pageId, { filename: ctx.query.get('filename') ?? undefined, mediaType: ctx.query.get('mediaType') ?? undefined }, w);
    const { results, next } = pageOf(rows, w, ctx.url);
    return {
      json: {
        results: results.map((a) => v1Attachment(ctx, a)),
        start: w.offset,
        limit: w.limit,
        size: results.length,
        _links: { base: ctx.base, context: '/wiki', ...(next ? { next } : {}) },
      },
    };
  });
  r.on('POST', `${V1}/content/:id/child/attachment`, (ctx) => upload(ctx, false));
  r.on('PUT', `${V1}/content/:id/child/attachment`, (ctx) => upload(ctx, true));

  r.on('GET', `${V1}/search`, (ctx) => {
    const cql = ctx.query.get('cql');
    if (!cql) throw badRequest('The cql parameter is required');
    const w = windowFrom(ctx.query, 25, 1000);
    const started = Date.now();
    const expand = (ctx.query.get('expand') ?? '').split(',').map((e) => e.trim()).filter(Boolean);
    const { rows, total } = searchPages(ctx.store, ctx.principal, cql, w);
    const { results, next } = pageOf(rows, w, ctx.url);
    return {
      json: {
        results: results.map((p) => searchResultJson(ctx.store, p, expand, ctx.query.get('excerpt') !== 'none')),
        start: w.offset,
        limit: w.limit,
        size: results.length,
        totalSize: total,
        cqlQuery: cql,
        searchDuration: Date.now() - started,
        _links: {
          base: ctx.base,
          context: '/wiki',
          self: `${ctx.base}/rest/api/search?cql=${encodeURIComponent(cql)}`,
          ...(next ? { next } : {}),
        },
      },
    };
  });

  // User search left /search in 2020 (GDPR); results wrap each user as Confluence does.
  r.on('GET', `${V1}/search/user`, (ctx) => {
    const cql = ctx.query.get('cql');
    if (!cql) throw badRequest('The cql parameter is required');
    const w = windowFrom(ctx.query, 25, 1000);
    const found = searchUsers(ctx.store.db, cql);
    const { results, next } = pageOf(found.slice(w.offset, w.offset + w.limit + 1), w, ctx.url);
    return {
      json: {
        results: results.map((u) => ({
          user: userJson(u),
          title: u.display_name,
          excerpt: '',
          url: `/people/${encodeURIComponent(u.account_id)}`,
          entityType: 'user',
          iconCssClass: 'aui-icon content-type-profile',
          lastModified: '2026-01-05T09:00:00.000Z',
          score: 0,
        })),
        start: w.offset,
        limit: w.limit,
        size: results.length,
        totalSize: found.length,
        cqlQuery: cql,
        searchDuration: 0,
        _links: {
          base: ctx.base,
          context: '/wiki',
          self: `${ctx.base}/rest/api/search/user?cql=${encodeURIComponent(cql)}`,
          ...(next ? { next } : {}),
        },
      },
    };
  });

  r.on('GET', `${V1}/user`, (ctx) => {
    const accountId = ctx.query.get('accountId');
    if (!accountId) throw badRequest('accountId is required');
    const u = findUser(ctx.store.db, accountId);
    if (!u) throw notFound('User');
    return { json: userJson(u) };
  });

  r.on('GET', `${V1}/user/current`, (ctx) => {
    const u = findUser(ctx.store.db, ctx.principal.accountId);
    if (!u) throw notFound('User');
    return { json: userJson(u) };
  });

  r.on('GET', `${V1}/user/bulk`, (ctx) => {
    const ids = ctx.query.getAll('accountId').flatMap((v) => v.split(','));
    const users = ids.map((id) => findUser(ctx.store.db, id)).filter((u) => u !== undefined);
    return { json: { results: users.map(userJson), start: 0, limit: ids.length, size: users.length, _links: { base: ctx.base, context: '/wiki' } } };
  });
}

/** v1's label list, as both adding and reading labels answer it. */
function labelList(labels: Array<{ id: number | string; prefix: string; name: string }>, base: string, self?: string) {
  return {
    results: labels.map((l) => ({ prefix: l.prefix, name: l.name, id: String(l.id), label: l.name })),
    start: 0,
    limit: 200,
    size: labels.length,
    _links: { base, context: '/wiki', ...(self ? { self } : {}) },
  };
}
