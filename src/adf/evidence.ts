import type { ExpandDefinition, Inline, ListItemDefinition } from '@atlaskit/adf-schema';
import { bulletList, expand, listItem, paragraph, text } from '@atlaskit/adf-utils/builders';
import type { Evidence, SectionDraft } from '../engine/model';
import { bold, plain, textOf, truncate } from './inline';

/** How much evidence a section shows: the full form, or the compact one for long calls. */
export interface EvidenceLimits {
  perItem: number;
  perSection: number;
  quoteChars: number;
}

export const FULL_EVIDENCE: EvidenceLimits = { perItem: 3, perSection: 120, quoteChars: 300 };
export const COMPACT_EVIDENCE: EvidenceLimits = { perItem: 1, perSection: 30, quoteChars: 140 };

/** The quote for one piece of evidence, cut from the transcript; undefined when not available. */
function quoteOf(e: Evidence, transcriptText: string | undefined, max: number): string | undefined {
  if (transcriptText === undefined) return undefined;
  if (!(e.start >= 0 && e.end > e.start && e.end <= transcriptText.length)) return undefined;
  const q = truncate(transcriptText.slice(e.start, e.end), max);
  return q || undefined;
}

/** "00:02:33 · Alice: “…”": time, speaker and quote, all transcript text, so one text node. */
function evidenceLine(e: Evidence, transcriptText: string | undefined, limits: EvidenceLimits): string {
  const who = [e.time, e.speaker].map((s) => (s ? plain(s) : '')).filter(Boolean).join(' · ');
  const quote = quoteOf(e, transcriptText, limits.quoteChars);
  const said = quote ? `“${quote}”` : `(quote not available: characters ${e.start}–${e.end})`;
  return who ? `${who}: ${said}` : said;
}

/**
 * The section's evidence in an expand: one line per quote, led by the field it supports
 * (a template label, in bold). Undefined when the section has no evidence (an expand may
 * not be empty).
 */
export function evidenceExpand(
  section: SectionDraft,
  transcriptText: string | undefined,
  limits: EvidenceLimits,
): ExpandDefinition | undefined {
  const lines: ListItemDefinition[] = [];
  let quotes = 0;
  let shownQuotes = 0;
  for (const item of section.items) {
    quotes += item.evidence.length;
    if (lines.length >= limits.perSection) continue;
    const label: Inline[] = item.field ? [bold(item.field), text(' — ')] : [];
    const shown = item.evidence.slice(0, limits.perItem);
    shownQuotes += shown.length;
    for (const e of shown) lines.push(listItem([paragraph(...label, ...textOf(evidenceLine(e, transcriptText, limits)))]));
    const more = item.evidence.length - shown.length;
    if (more > 0) lines.push(listItem([paragraph(...label, ...textOf(`and ${more} more`))]));
  }
  if (lines.length === 0) return undefined;
  const hidden = quotes - shownQuotes;
  if (lines.length >= limits.perSection && hidden > 0) {
    lines.push(listItem([paragraph(...textOf(`In all, ${hidden} quotes are not shown here.`))]));
  }
  const title = `Evidence: ${plain(section.title)} (${quotes} ${quotes === 1 ? 'quote' : 'quotes'})`;
  return expand({ title })(bulletList(...lines));
}
