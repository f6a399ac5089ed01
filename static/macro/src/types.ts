/**
 * What the macro shows. The draft shapes are the engine's own contract (type-only
 * import: nothing from the engine is bundled into the UI).
 */
import type { HandoverDraft, SectionDraft, HandoverItem, Evidence, SectionStatus } from '../../../src/engine/model';

export type { HandoverDraft, SectionDraft, HandoverItem, Evidence, SectionStatus };

/** The macro's saved config (`view.submit({ config })`, read back from the context). */
export interface MacroConfig {
  architectureUrl?: string;
  architectureTitle?: string;
  outgoingOwner?: string;
  incomingOwners?: string[];
  /** Display names remembered with the ids, so the form shows people, not ids. */
  ownerNames?: Record<string, string>;
}

/** Where the transcript comes from: pasted text or one of the page's attachments. */
export type TranscriptSource =
  | { kind: 'paste'; text: string }
  | { kind: 'attachment'; attachmentId: string; title: string };

export interface AttachmentOption {
  id: string;
  title: string;
  mediaType?: string;
  fileSize?: number;
  supported: boolean;
}

/** A file on the page that is not a transcript, and why (the app's words). */
export interface SkippedFile {
  title: string;
  mediaType?: string;
  reason: string;
}

export interface PageFiles {
  transcripts: AttachmentOption[];
  others: SkippedFile[];
}

export interface PreviewResult {
  draft: HandoverDraft;
  /** The transcript text evidence offsets point into (pasted text or the attachment's text). */
  text?: string;
  systemName?: string;
  /** The architecture link the page will carry (the setting, else a URL said in the call). */
  architectureUrl?: string;
}

export interface PageResult {
  status: 'created' | 'updated' | 'needs-confirmation';
  pageId?: string;
  title?: string;
  url?: string;
  message?: string;
  verified?: number;
  total?: number;
}

export interface HandoverStatusInfo {
  exists: boolean;
  pageId?: string;
  title?: string;
  url?: string;
  status?: string;
  verified?: number;
  total?: number;
  incomingOwners?: string[];
  /** accountId → display name of the owners in the settings and on the page. */
  people?: Record<string, string>;
}

export interface UserOption {
  accountId: string;
  displayName: string;
}

export interface PageOption {
  id: string;
  title: string;
  url: string;
  spaceKey?: string;
}
