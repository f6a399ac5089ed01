/**
 * Sentence → section (or none), decided by the fitted linear-chain model. The weights
 * are data (`weights.json`, written by `scripts/train-sections.ts`).
 */
import type { Sentence } from '../model';
import type { TemplateSection } from '../template/schema';
import { featureExtractorFor, type SentenceFeatures } from './features';
import { emissions, viterbi, type Weights } from './linear-chain';
import { OVERVIEW, definesTheSystem } from './system-definition';
import { keepAnswersWithQuestions } from './answer-keeps-question';
import DEFAULT_WEIGHTS from './weights.json';

export const SECTION_WEIGHTS: Weights = DEFAULT_WEIGHTS as Weights;

export interface SentenceDecision {
  index: number;
  /** Section id, or null for small talk / talk about the call or tool. */
  section: string | null;
  score: number;
  runnerUp: { section: string | null; score: number };
  /** The features that pushed the chosen label most, strongest first. */
  reasons: Array<{ feature: string; value: number; contribution: number }>;
}

export interface Classification {
  labels: Array<string | null>;
  decisions: SentenceDecision[];
}

export function classifySentences(
  sentences: Sentence[],
  sections: TemplateSection[],
  weights: Weights = SECTION_WEIGHTS,
  feats?: SentenceFeatures[],
): Classification {
  const K = sections.length;
  const f = feats ?? featureExtractorFor(sections).extract(sentences);
  const emit = emissions(f, weights);
  // A sentence with nothing left after cleanup has nothing to place, and one that lists
  // topics only to put them off says nothing about any of them.
  const noneOnly = new Set([K]);
  const allowed = sentences.map((s, i) => (!s.text.trim() || f[i].putsOffTopics ? noneOnly : null));
  const path = viterbi(f, K, weights, allowed, emit);
  // The sentence that says what the system is belongs to the overview wherever the call says it.
  const overview = sections.findIndex((s) => s.id === OVERVIEW);
  const defining = new Set<number>();
  if (overview >= 0) {
    for (let i = 0; i < path.length; i++) {
      if (path[i] === K && allowed[i] === null && definesTheSystem(sentences[i].text)) {
        path[i] = overview;
        defining.add(i);
      }
    }
  }
  const kept = new Set(keepAnswersWithQuestions(sentences, path, sections.map((s) => s.id)));
  const idOf = (y: number) => (y === K ? null : sections[y].id);
  let decisions: SentenceDecision[] | undefined;
  return {
    labels: path.map(idOf),
    // Reasons are for `--explain` and training reports; most callers only want labels.
    get decisions() {
      decisions ??= path.map((y, i) => decide(i, y));
      return decisions;
    },
  };

  function decide(i: number, y: number): SentenceDecision {
    const scores = emit[i];
    let ru = -1;
    for (let k = 0; k <= K; k++) if (k !== y && (ru < 0 || scores[k] > scores[ru])) ru = k;
    const strongest = f[i].perLabel[y]
      .map(([feature, value]) => ({ feature, value: round(value), contribution: round(value * (weights[feature] ?? 0)) }))
      .filter((r) => r.contribution !== 0)
      .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
      .slice(0, 4);
    const rule = defining.has(i) ? 'rule.definesTheSystem' : kept.has(i) ? 'rule.answerKeepsQuestion' : undefined;
    const reasons = rule ? [{ feature: rule, value: 1, contribution: 0 }, ...strongest] : strongest;
    return {
      index: sentences[i].index,
      section: idOf(y),
      score: round(scores[y]),
      runnerUp: { section: idOf(ru), score: round(scores[ru]) },
      reasons,
    };
  }
}

const round = (x: number) => Math.round(x * 100) / 100;
