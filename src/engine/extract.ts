/**
 * The engine's one entry point: transcript → honest handover draft. Reading and
 * sentence cleanup live in ./input; here sentences are placed in sections, distilled
 * into items with evidence, and each section's status is judged from its fields.
 */
import type { HandoverDraft, Sentence, Transcript } from './model';
import type { HandoverTemplate } from './template/schema';
import { KT_DEFAULT_TEMPLATE } from './template/kt-default';
import { TranscriptError, readTranscript, splitSentences } from './input';
import { classifySentences, type SentenceDecision } from './sections/classify';
import { featureExtractorFor } from './sections/features';
import type { Weights } from './sections/linear-chain';
import type { LearnedVocabulary } from './sections/learned-vocabulary';
import { distilSection } from './items/distil';
import { callSystemName } from './items/system-name';
import { tribalAsides } from './sections/tribal-asides';
import type { NonAnswerModel } from './items/non-answer';
import type { SpokenQuestionModel } from './items/spoken-question';
import { joinCutSpeech } from './items/cut-speech';
import { missingFields, sectionStatus } from './status/status';
import { countWordRuns } from './sentences/whitespace';
import { normalizeSpeech } from './sections/text';

/**
 * About 25 hours of speech. Far beyond any one KT call; past it a file is several calls
 * (or not a call), and the user is better served by a clear message than a long wait.
 */
export const MAX_TRANSCRIPT_WORDS = 250_000;

/** The section that also gathers tribal knowledge said on other topics. */
const NOTES = 'plain-english-notes';

export interface ExtractOptions {
  template?: HandoverTemplate;
  /** Section-model weights; the fitted ones by default. */
  weights?: Weights;
  /** The section model's learned vocabulary; the fitted one by default. */
  vocabulary?: LearnedVocabulary;
  /** The model of sentences that name a field and give nothing; the fitted one by default. */
  nonAnswer?: NonAnswerModel;
  /** The model of questions said without a question mark; the fitted one by default. */
  spokenQuestion?: SpokenQuestionModel;
}

export interface ExtractionTrace {
  sentences: Sentence[];
  decisions: SentenceDecision[];
}

export function extractWithTrace(transcript: Transcript, opts: ExtractOptions = {}): { draft: HandoverDraft; trace: ExtractionTrace } {
  const template = opts.template ?? KT_DEFAULT_TEMPLATE;
  const words = countWordRuns(transcript.text);
  if (words > MAX_TRANSCRIPT_WORDS) {
    throw new TranscriptError(
      'too-large',
      `The transcript has ${words.toLocaleString('en')} words; one handover is made from up to ` +
        `${MAX_TRANSCRIPT_WORDS.toLocaleString('en')} words (about 25 hours of call). Split it into one file per call and try again.`,
    );
  }
  const sentences = splitSentences(transcript);
  const extractor = featureExtractorFor(template.sections);
  const feats = (opts.vocabulary ? extractor.withVocabulary(opts.vocabulary) : extractor).extract(sentences);
  const classified = classifySentences(sentences, template.sections, opts.weights, feats);
  const labels = classified.labels;

  const bySection = new Map<string, number[]>();
  labels.forEach((id, i) => {
    if (id === null) return;
    const list = bySection.get(id);
    if (list) list.push(i);
    else bySection.set(id, [i]);
  });
  // The call-level passes read the sentences normalised, once for both.
  const norms = sentences.map((s) => normalizeSpeech(s.text));
  const notes = template.sections.find((s) => s.id === NOTES);
  const asides = notes ? tribalAsides(norms, labels, notes.id) : [];
  if (asides.length) bySection.set(NOTES, [...(bySection.get(NOTES) ?? []), ...asides].sort((a, b) => a - b));
  const systemName = callSystemName(norms);
  const sections = template.sections.map((section, si) => {
    const mine = bySection.get(section.id) ?? [];
    const annOf = new Map(mine.map((i) => [sentences[i], feats[i].ann[si]]));
    const said = mine.map((i) => sentences[i]);
    const items = distilSection(section, said, { announcement: (s) => annOf.get(s) ?? 0, nonAnswer: opts.nonAnswer, spokenQuestion: opts.spokenQuestion, systemName });
    const verdict = sectionStatus(section, items, opts.nonAnswer);
    return {
      id: section.id,
      title: section.title,
      status: verdict.status,
      items: joinCutSpeech(items, said).map(({ fields: _fields, ...item }) => item),
      missing: verdict.missing,
    };
  });
  const draft: HandoverDraft = { template: template.id, sections, missing: missingFields(sections) };
  return {
    draft,
    trace: {
      sentences,
      // Worked out only when read (`--explain`), so a plain extraction does not pay for the reasons.
      get decisions() {
        return classified.decisions;
      },
    },
  };
}

export function extractHandover(transcript: Transcript, opts: ExtractOptions = {}): HandoverDraft {
  return extractWithTrace(transcript, opts).draft;
}

/** Read a file's bytes (any supported format, detected from content) and extract. */
export async function extractFromFile(bytes: Uint8Array, fileName?: string, opts: ExtractOptions = {}): Promise<HandoverDraft> {
  return extractHandover(await readTranscript(bytes, fileName), opts);
}
