import type { AttachmentRow, PageRow, PropertyRow, SpaceRow, TaskRow } from './store';

/** JSON shapes of REST v2 (and the few v1) responses, as in the published OpenAPI. */

export const slug = (title: string): string => encodeURIComponent(title.trim()).replace(/%20/g, '+');

export function pageLinks(page: PageRow, spaceKey: string) {
  return {
    webui: `/spaces/${spaceKey}/pages/${page.id}/${slug(page.title)}`,
    editui: `/pages/resumedraft.action?draftId=${page.id}`,
    tinyui: `/x/${Buffer.from(String(page.id)).toString('base64url')}`,
  };
}

export function versionJson(number: number, at: string, authorId: string, message = '') {
  return { createdAt: at, message, number, minorEdit: false, authorId };
}

export function pageJson(page: PageRow, spaceKey: string, bodyFormat: string | null, base: string) {
  const body: Record<string, unknown> = {};
  if (bodyFormat === 'atlas_doc_format') body.atlas_doc_format = { representation: 'atlas_doc_format', value: page.body };
  return {
    id: String(page.id),
    status: page.status,
    title: page.title,
    spaceId: String(page.space_id),
    ...(page.parent_id !== null ? { parentId: String(page.parent_id), parentType: 'page' } : {}),
    position: null,
    authorId: page.author_id,
    ownerId: page.owner_id,
    lastOwnerId: null,
    createdAt: page.created_at,
    version: versionJson(page.version, page.version_at, page.version_author, page.version_message),
    body,
    _links: { ...pageLinks(page, spaceKey), base },
  };
}

export function childPageJson(page: PageRow) {
  return { id: String(page.id), status: page.status, title: page.title, spaceId: String(page.space_id), childPosition: null };
}

export function propertyJson(p: PropertyRow) {
  return { id: String(p.id), key: p.key, value: JSON.parse(p.value), version: versionJson(p.version, p.version_at, p.version_author) };
}

export function downloadLink(a: AttachmentRow): string {
  return `/download/attachments/${a.page_id}/${encodeURIComponent(a.title)}?version=${a.version}&modificationDate=${Date.parse(a.version_at)}&api=v2`;
}

export function attachmentJson(a: AttachmentRow, spaceKey: string) {
  const webui = `/spaces/${spaceKey}/pages/${a.page_id}/attachments/${a.id}`;
  return {
    id: `att${a.id}`,
    status: 'current',
    title: a.title,
    createdAt: a.created_at,
    pageId: String(a.page_id),
    mediaType: a.media_type,
    mediaTypeDescription: a.media_type,
    comment: a.comment,
    fileId: a.file_id,
    fileSize: a.file_size,
    webuiLink: webui,
    downloadLink: downloadLink(a),
    version: versionJson(a.version, a.version_at, a.author_id),
    _links: { webui, download: downloadLink(a) },
  };
}

export function taskJson(t: TaskRow, bodyFormat: string | null) {
  return {
    id: String(t.id),
    localId: t.local_id,
    spaceId: String(t.space_id),
    pageId: String(t.page_id),
    status: t.status,
    ...(bodyFormat === 'atlas_doc_format'
      ? { body: { atlas_doc_format: { representation: 'atlas_doc_format', value: t.body } } }
      : {}),
    createdBy: t.created_by,
    ...(t.completed_by ? { completedBy: t.completed_by } : {}),
    createdAt: t.created_at,
    updatedAt: t.updated_at,
    ...(t.completed_at ? { completedAt: t.completed_at } : {}),
  };
}

export function spaceJson(s: SpaceRow) {
  return {
    id: String(s.id),
    key: s.key,
    name: s.name,
    type: 'global',
    status: 'current',
    authorId: 'user-admin',
    createdAt: s.created_at,
    homepageId: s.homepage_id === null ? undefined : String(s.homepage_id),
    _links: { webui: `/spaces/${s.key}` },
  };
}

/** v1 user, as GET /wiki/rest/api/user answers. */
export function userJson(u: { account_id: string; display_name: string; email: string | null; account_type: string }) {
  return {
    type: 'known',
    accountId: u.account_id,
    accountType: u.account_type,
    email: u.email ?? '',
    publicName: u.display_name,
    displayName: u.display_name,
    profilePicture: { path: '/wiki/aa-avatar/default.png', width: 48, height: 48, isDefault: true },
    isExternalCollaborator: false,
    _links: { self: `/wiki/rest/api/user?accountId=${encodeURIComponent(u.account_id)}` },
  };
}
