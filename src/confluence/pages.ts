import { route } from '@forge/api';
import { ConfluenceError } from './errors';
import type { ConfluenceHttp } from './http';
import type { AdfDoc, Page, PageWithBody } from './types';

export interface NewPage {
  spaceId: string;
  parentId: string;
  title: string;
  adf: AdfDoc;
}

export interface PageUpdate {
  id: string;
  title: string;
  adf: AdfDoc;
  /** The version the change was based on; Confluence answers 409 when it is stale. */
  baseVersion: number;
  message?: string;
}

const adfBody = (adf: AdfDoc) => ({ representation: 'atlas_doc_format', value: JSON.stringify(adf) });

export async function createPage(http: ConfluenceHttp, page: NewPage): Promise<Page> {
  return http.json<Page>(route`/wiki/api/v2/pages`, {
    method: 'POST',
    json: { spaceId: page.spaceId, parentId: page.parentId, status: 'current', title: page.title, body: adfBody(page.adf) },
  });
}

export async function getPage(http: ConfluenceHttp, id: string): Promise<PageWithBody> {
  const page = await http.json<Page>(route`/wiki/api/v2/pages/${id}?body-format=atlas_doc_format`);
  return withParsedBody(page);
}

/** Replaces the whole body (Confluence has no patch), bumping the version by one. */
export async function updatePage(http: ConfluenceHttp, update: PageUpdate): Promise<Page> {
  return http.json<Page>(route`/wiki/api/v2/pages/${update.id}`, {
    method: 'PUT',
    json: {
      id: update.id,
      status: 'current',
      title: update.title,
      body: adfBody(update.adf),
      version: { number: update.baseVersion + 1, ...(update.message ? { message: update.message } : {}) },
    },
  });
}

/** v2 labels are read-only, so labels are added through v1. */
export async function addLabel(http: ConfluenceHttp, pageId: string, name: string): Promise<void> {
  await http.send(route`/wiki/rest/api/content/${pageId}/label`, {
    method: 'POST',
    json: [{ prefix: 'global', name }],
  });
}

export function withParsedBody(page: Page): PageWithBody {
  const raw = page.body?.atlas_doc_format?.value;
  let adf: AdfDoc = { type: 'doc', version: 1, content: [] };
  if (raw) {
    try {
      adf = JSON.parse(raw) as AdfDoc;
    } catch {
      throw new ConfluenceError('unexpected', 'This page body could not be read', 200, `page ${page.id}: body is not ADF JSON`);
    }
  }
  return {
    id: page.id,
    title: page.title,
    spaceId: page.spaceId,
    parentId: page.parentId,
    version: page.version?.number ?? 0,
    adf,
    webui: page._links?.webui,
  };
}
