import type { ConfluenceClient } from '../confluence';
import { isTranscriptAttachment, whyNotTranscript } from './transcript-files';

export interface TranscriptAttachment {
  id: string;
  title: string;
  mediaType?: string;
  fileSize?: number;
  createdAt?: string;
}

/** A file on the page the macro cannot read, with the reason in words the user can act on. */
export interface SkippedAttachment {
  title: string;
  mediaType?: string;
  reason: string;
}

export interface PageAttachments {
  /** Transcripts the user can choose, newest first. */
  transcripts: TranscriptAttachment[];
  /** Everything else on the page, so the macro can say why a file is not offered. */
  others: SkippedAttachment[];
}

/** The macro page's attachments, split into transcripts and files that are not. */
export async function listTranscriptAttachments(client: ConfluenceClient, pageId: string): Promise<PageAttachments> {
  const all = await client.listAttachments(pageId);
  const transcripts = all
    .filter(isTranscriptAttachment)
    .map(({ id, title, mediaType, fileSize, createdAt }) => ({ id, title, mediaType, fileSize, createdAt }))
    .sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
  const others = all
    .filter((a) => !isTranscriptAttachment(a))
    .map((a) => ({ title: a.title, ...(a.mediaType ? { mediaType: a.mediaType } : {}), reason: whyNotTranscript(a) }))
    .sort((a, b) => a.title.localeCompare(b.title));
  return { transcripts, others };
}
