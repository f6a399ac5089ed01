import type { Attachment } from '../confluence';

/** The file kinds the engine reads; anything else on the page is not offered. */
export const TRANSCRIPT_EXTENSIONS = ['.txt', '.vtt', '.srt', '.docx'] as const;

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function isTranscriptAttachment(a: Pick<Attachment, 'title' | 'mediaType'>): boolean {
  const name = a.title.toLowerCase();
  if (TRANSCRIPT_EXTENSIONS.some((ext) => name.endsWith(ext))) return true;
  const type = (a.mediaType ?? '').toLowerCase();
  return type === 'text/vtt' || type === 'application/x-subrip' || type === DOCX_TYPE;
}
