import type { BlockContent, DocNode } from '@atlaskit/adf-schema';
import { doc, inlineCard, panel, paragraph, text } from '@atlaskit/adf-utils/builders';
import type { HandoverDraft } from '../engine/model';
import { FALLBACK_SYSTEM_NAME } from '../handover/derive-state';
import { systemNameOf } from '../handover/draft-facts';
import { toHttpUrl } from '../handover/http-url';
import type { HandoverState } from '../handover/state';
import { COMPACT_EVIDENCE, FULL_EVIDENCE, type EvidenceLimits } from './evidence';
import { bold, plain, type Users } from './inline';
import { missingPart } from './missing-part';
import { pageProperties } from './page-properties';
import { sectionPart, WARNING } from './section-part';

export interface HandoverPageOptions {
  /** accountId → display name, for mention labels. */
  users?: Users;
  /** The transcript the draft was extracted from; evidence quotes are cut from it. */
  transcriptText?: string;
}

export interface HandoverPage {
  title: string;
  body: DocNode;
}

/** Transcripts longer than this get the compact evidence form straight away. */
export const LONG_TRANSCRIPT_CHARS = 60_000;
/** Serialised body size above which evidence is rebuilt compact; Cloud pages should stay well under 1 MB. */
export const PAGE_BUDGET_CHARS = 400_000;
const MAX_TITLE = 255;

export const NO_ARCHITECTURE_WARNING = "No architecture page linked: choose one in the macro's settings.";

function architecturePart(state: HandoverState): BlockContent {
  const url = toHttpUrl(state.architectureUrl);
  if (!url) return panel({ panelType: WARNING })(paragraph(text(NO_ARCHITECTURE_WARNING)));
  return paragraph(bold('Architecture document:'), text(' '), inlineCard({ url }));
}

/** "Handover: <system name>", from the draft, else the state, else a neutral name. */
export function handoverTitle(draft: HandoverDraft, state: HandoverState): string {
  const name = systemNameOf(draft) ?? (plain(state.systemName) || FALLBACK_SYSTEM_NAME);
  return `Handover: ${name}`.slice(0, MAX_TITLE);
}

function body(draft: HandoverDraft, state: HandoverState, opts: HandoverPageOptions, evidence: EvidenceLimits): DocNode {
  const users = opts.users ?? {};
  const stateOf = new Map(state.sections.map((s) => [s.id, s]));
  const sections = draft.sections.flatMap((section) => {
    const sectionState = stateOf.get(section.id);
    if (!sectionState) {
      throw new Error(
        `The handover state has no entry for section "${section.id}": derive the state from this draft (deriveHandoverState) before building the page.`,
      );
    }
    return sectionPart(section, sectionState, { users, transcriptText: opts.transcriptText, evidence });
  });
  return doc(pageProperties(state, draft.sections, users), architecturePart(state), ...sections, ...missingPart(draft));
}

/**
 * The handover page: title and ADF body. Pure and deterministic (same input, same JSON),
 * so the app can hash what it wrote and notice hand edits. Transcript text only ever
 * becomes text nodes; the only links are validated http(s) URLs.
 */
export function buildHandoverPage(draft: HandoverDraft, state: HandoverState, opts: HandoverPageOptions = {}): HandoverPage {
  const long = (opts.transcriptText?.length ?? 0) > LONG_TRANSCRIPT_CHARS;
  let page = body(draft, state, opts, long ? COMPACT_EVIDENCE : FULL_EVIDENCE);
  if (!long && JSON.stringify(page).length > PAGE_BUDGET_CHARS) page = body(draft, state, opts, COMPACT_EVIDENCE);
  return { title: handoverTitle(draft, state), body: page };
}
