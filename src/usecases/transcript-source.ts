import type { HandoverDraft, Transcript } from '../engine/model';
import { extractHandover } from '../engine/extract';
import { parseTranscriptText } from '../engine/input';
import type { ConfluenceClient } from '../confluence';
import { readTranscriptAttachment } from './read-attachment';

/** Where the transcript comes from: text pasted into the macro, or a file attached to its page. */
export type TranscriptSource = { text: string; fileName?: string } | { attachmentId: string };

export interface ExtractedSource {
  transcript: Transcript;
  draft: HandoverDraft;
  /** The attachment's file name, when the source was one. */
  fileName?: string;
}

/** Reads the source (attachments only from the macro's own page) and runs the engine on it. */
export async function extractFromSource(client: ConfluenceClient, macroPageId: string, source: TranscriptSource): Promise<ExtractedSource> {
  if ('attachmentId' in source) {
    const file = await readTranscriptAttachment(client, macroPageId, source.attachmentId);
    return { transcript: file.transcript, draft: extractHandover(file.transcript), fileName: file.title };
  }
  const transcript = parseTranscriptText(source.text, source.fileName);
  return { transcript, draft: extractHandover(transcript), fileName: source.fileName };
}
