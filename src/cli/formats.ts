/**
 * Output formats of `extract --format NAME`. Adding one is adding an entry here.
 */
import type { HandoverDraft, Transcript } from '../engine/model';
import { renderMarkdown } from './markdown';

export interface FormatContext {
  transcript: Transcript;
  fileName: string;
}

export type Formatter = (draft: HandoverDraft, ctx: FormatContext) => string;

export const FORMATS: Record<string, Formatter> = {
  json: (draft) => JSON.stringify(draft, null, 2),
  md: (draft) => renderMarkdown(draft),
};
