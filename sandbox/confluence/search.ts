import { compileCql } from './cql';
import { excerptOf } from './adf-tasks';
import { visibleSpaceClause, findUser, type Principal } from './principals';
import { pageLinks, userJson } from './shapes';
import type { ConfluenceStore, ListWindow, PageRow } from './store';

/** v1 CQL search (`GET /wiki/rest/api/search`), answering in the v1 SearchPageResponse shape. */

/** Pages matching the CQL that the principal may see, plus one extra row to detect a next page. */
export function searchPages(store: ConfluenceStore, p: Principal, cql: string, w: ListWindow): { rows: PageRow[]; total: number } {
  const compiled = compileCql(cql, store.propertyIndexes);
  if (compiled.matchesNothing) return { rows: [], total: 0 };
  const vis = visibleSpaceClause(p, 'p.space_id');
  const where = `p.status = 'current' AND ${vis.sql} AND (${compiled.where})`;
  const params = [...vis.params, ...compiled.params];
  const rows = store.sql(`SELECT p.* FROM pages p WHERE ${where} ORDER BY ${compiled.orderBy} LIMIT ? OFFSET ?`)
    .all(...params, w.limit + 1, w.offset) as PageRow[];
  const total = (store.sql(`SELECT COUNT(*) AS n FROM pages p WHERE ${where}`).get(...params) as { n: number }).n;
  return { rows, total };
}

export function searchResultJson(store: ConfluenceStore, page: PageRow, expand: string[], excerpt: boolean) {
  const space = store.spaceRowUnchecked(page.space_id)!;
  const links = pageLinks(page, space.key);
  const content: Record<string, unknown> = {
    id: String(page.id),
    type: 'page',
    status: page.status,
    title: page.title,
    childTypes: {},
    macroRenderedOutput: {},
    restrictions: {},
    _expandable: {
      container: '',
      metadata: '',
      restrictions: '',
      history: `/rest/api/content/${page.id}/history`,
      body: '',
      version: '',
      descendants: `/rest/api/content/${page.id}/descendant`,
      space: `/rest/api/space/${space.key}`,
      childTypes: '',
      operations: '',
      schedulePublishDate: '',
      children: `/rest/api/content/${page.id}/child`,
      settings: '',
      ancestors: '',
      schedulePublishInfo: '',
    },
    _links: { webui: links.webui, self: `/wiki/rest/api/content/${page.id}`, tinyui: links.tinyui, editui: links.editui },
  };
  const expandable = content._expandable as Record<string, string>;
  if (expand.includes('content.space')) {
    content.space = {
      id: space.id,
      key: space.key,
      name: space.name,
      type: 'global',
      status: 'current',
      _expandable: {},
      _links: { webui: `/spaces/${space.key}`, self: `/wiki/rest/api/space/${space.key}` },
    };
    delete expandable.space;
  }
  if (expand.includes('content.version')) {
    const author = findUser(store.db, page.version_author);
    content.version = {
      by: author ? userJson(author) : { type: 'unknown', accountId: page.version_author },
      when: page.version_at,
      friendlyWhen: page.version_at,
      message: page.version_message,
      number: page.version,
      minorEdit: false,
    };
    delete expandable.version;
  }
  const propertyKeys = expand
    .filter((e) => e.startsWith('content.metadata.properties.'))
    .map((e) => e.slice('content.metadata.properties.'.length));
  if (propertyKeys.length || expand.includes('content.metadata.labels')) {
    const metadata: Record<string, unknown> = {};
    if (expand.includes('content.metadata.labels')) {
      const labels = store.sql('SELECT id, prefix, name FROM labels WHERE page_id = ? ORDER BY id').all(page.id) as Array<{
        id: number;
        prefix: string;
        name: string;
      }>;
      metadata.labels = {
        results: labels.map((l) => ({ prefix: l.prefix, name: l.name, id: String(l.id), label: l.name })),
        start: 0,
        limit: 200,
        size: labels.length,
      };
    }
    if (propertyKeys.length) {
      const props: Record<string, unknown> = {};
      for (const key of propertyKeys) {
        const row = store.propertyByKeyUnchecked(page.id, key);
        if (row) {
          props[key] = {
            id: String(row.id),
            key: row.key,
            value: JSON.parse(row.value),
            version: { when: row.version_at, number: row.version, minorEdit: false },
            _links: { self: `/wiki/rest/api/content/${page.id}/property/${encodeURIComponent(key)}` },
          };
        }
      }
      metadata.properties = props;
    }
    content.metadata = metadata;
    delete expandable.metadata;
  }
  return {
    content,
    title: page.title,
    excerpt: excerpt ? excerptOf(page.body) : '',
    url: links.webui,
    resultGlobalContainer: { title: space.name, displayUrl: `/spaces/${space.key}` },
    breadcrumbs: [],
    entityType: 'content',
    iconCssClass: 'aui-icon content-type-page',
    lastModified: page.version_at,
    friendlyLastModified: page.version_at,
    score: 0,
  };
}
