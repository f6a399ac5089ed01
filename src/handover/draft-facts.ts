import type { HandoverDraft, HandoverItem } from '../engine/model';
import { findHttpUrls } from './http-url';

/**
 * Facts the page and the state need from a draft. Template-driven: section ids and field
 * labels are those of the KT template (src/engine/template/kt-default.ts).
 */

export const SYSTEM_OVERVIEW_SECTION = 'system-overview';
export const SYSTEM_NAME_FIELD = 'System name';
export const ARCHITECTURE_SECTION = 'architecture-reference';
export const SIGN_OFF_SECTION = 'sign-off';

const MAX_SYSTEM_NAME = 80;
/** "The system name is X" / "our service is called X": keep only X. */
const NAME_LEAD_IN = /^.*?\b(?:name\s+is|named|is\s+called|called)\s+/i;

function itemsOf(draft: HandoverDraft, sectionId: string): HandoverItem[] {
  return draft.sections.find((s) => s.id === sectionId)?.items ?? [];
}

/**
 * The system's name as stated in the call, from the system-overview item whose field is
 * "System name", or undefined when nobody named it.
 */
export function systemNameOf(draft: HandoverDraft): string | undefined {
  const item = itemsOf(draft, SYSTEM_OVERVIEW_SECTION).find((i) => i.field === SYSTEM_NAME_FIELD);
  if (!item) return undefined;
  const name = item.text
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(NAME_LEAD_IN, '')
    .replace(/^(?:the|a|an|our)\s+/i, '')
    .replace(/[.!?;:,\s]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!name) return undefined;
  const short = name.length > MAX_SYSTEM_NAME ? `${name.slice(0, MAX_SYSTEM_NAME - 1).trimEnd()}…` : name;
  return short.charAt(0).toUpperCase() + short.slice(1);
}

/** The first http(s) URL spoken or typed in the architecture-reference items, else undefined. */
export function architectureUrlOf(draft: HandoverDraft): string | undefined {
  for (const item of itemsOf(draft, ARCHITECTURE_SECTION)) {
    const [first] = findHttpUrls(item.text);
    if (first) return first.url;
  }
  return undefined;
}
