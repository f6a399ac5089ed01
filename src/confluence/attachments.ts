import { route } from '@forge/api';
import type { ConfluenceHttp } from './http';
import type { Attachment } from './types';

export async function listAttachments(http: ConfluenceHttp, pageId: string): Promise<Attachment[]> {
  return http.all<Attachment>(route`/wiki/api/v2/pages/${pageId}/attachments?limit=${100}`);
}

/** The file's bytes, through v1 (v2 has no download); Confluence redirects to the media store. */
export async function downloadAttachment(http: ConfluenceHttp, pageId: string, attachmentId: string): Promise<Buffer> {
  const response = await http.send(route`/wiki/rest/api/content/${pageId}/child/attachment/${attachmentId}/download`, {
    accept: '*/*',
  });
  return Buffer.from(await response.arrayBuffer());
}
