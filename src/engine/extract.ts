/**
 * The engine's one entry point: transcript → honest handover draft. Reading and
 * sentence cleanup live in ./input; here sentences are placed in sections, distilled
 * into items with evidence, and each section's status is judged from its fields.
 */
import type { HandoverDraft, Sentence, Transcript } from './model';
import type { HandoverTemplate } from './template/schema';
import { KT_DEFAULT_TEMPLATE } from './template/kt-default';
import { readTranscript, splitSentences } from './input';
import { classifySentences, type SentenceDecision } from './sections/classify';
import { buildFeatureExtractor } from './sections/features';
import type { Weights } from './sections/linear-chain';
import { distilSection } from './items/distil';
import { missingFields, sectionStatus } from './status/status';

export interface ExtractOptions {
  template?: HandoverTemplate;
  /** Section-model weights; the fitted ones by default. */
  weights?: Weights;
}

export interface ExtractionTrace {
  sentences: Sentence[];
  decisions: SentenceDecision[];
}

export function extractWithTrace(transcript: Transcript, opts: ExtractOptions = {}): { draft: HandoverDraft; trace: ExtractionTrace } {
  const template = opts.template ?? KT_DEFAULT_TEMPLATE;
  const sentences = splitSentences(transcript);
  const feats = buildFeatureExtractor(template.sections).extract(sentences);
  const { labels, decisions } = classifySentences(sentences, template.sections, opts.weights, feats);

  const sections = template.sections.map((section, si) => {
    const mine = sentences.filter((_, i) => labels[i] === section.id);
    const annOf = new Map(sentences.map((s, i) => [s, feats[i].ann[si]]));
    const items = distilSection(section, mine, { announcement: (s) => annOf.get(s) ?? 0 });
    const verdict = sectionStatus(section, items);
    return {
      id: section.id,
      title: section.title,
      status: verdict.status,
      items: items.map(({ fields: _fields, ...item }) => item),
      missing: verdict.missing,
    };
  });
  const draft: HandoverDraft = { template: template.id, sections, missing: missingFields(sections) };
  return { draft, trace: { sentences, decisions } };
}

export function extractHandover(transcript: Transcript, opts: ExtractOptions = {}): HandoverDraft {
  return extractWithTrace(transcript, opts).draft;
}

/** Read a file's bytes (any supported format, detected from content) and extract. */
export async function extractFromFile(bytes: Uint8Array, fileName?: string, opts: ExtractOptions = {}): Promise<HandoverDraft> {
  return extractHandover(await readTranscript(bytes, fileName), opts);
}
