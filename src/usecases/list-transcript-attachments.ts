import type { ConfluenceClient } from '../confluence';
import { isTranscriptAttachment } from './transcript-files';

export interface TranscriptAttachment {
  id: string;
  title: string;
  mediaType?: string;
  fileSize?: number;
  createdAt?: string;
}

/** The macro page's attachments that look like transcripts, newest first. */
export async function listTranscriptAttachments(client: ConfluenceClient, pageId: string): Promise<TranscriptAttachment[]> {
  const all = await client.listAttachments(pageId);
  return all
    .filter(isTranscriptAttachment)
    .map(({ id, title, mediaType, fileSize, createdAt }) => ({ id, title, mediaType, fileSize, createdAt }))
    .sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
}
