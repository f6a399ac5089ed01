import type { Transcript } from '../engine/model';
import { readTranscript } from '../engine/input';
import { ConfluenceError, type ConfluenceClient } from '../confluence';
import { isTranscriptAttachment, whyNotTranscript } from './transcript-files';

export interface TranscriptFile {
  attachmentId: string;
  title: string;
  transcript: Transcript;
}

/**
 * Downloads one of the macro page's attachments and reads it as a transcript. The attachment
 * must be on that page: an id from elsewhere is refused rather than fetched.
 */
export async function readTranscriptAttachment(client: ConfluenceClient, pageId: string, attachmentId: string): Promise<TranscriptFile> {
  const attachment = (await client.listAttachments(pageId)).find((a) => a.id === attachmentId);
  if (!attachment) {
    throw new ConfluenceError('not-found', 'That file is not attached to this page any more; choose another one', 404);
  }
  if (!isTranscriptAttachment(attachment)) {
    throw new ConfluenceError('bad-request', whyNotTranscript(attachment), 400);
  }
  const bytes = await client.downloadAttachment(pageId, attachmentId);
  const transcript = await readTranscript(new Uint8Array(bytes), attachment.title);
  return { attachmentId, title: attachment.title, transcript };
}
