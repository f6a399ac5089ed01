/**
 * Whether raw speech-to-text asks: "and anything i shouldnt do yet" has no question mark and no
 * question word first, yet no one says it as a statement. Punctuated calls show how questions
 * are worded (their sentences end in "?" or not); a logistic regression over the words, word
 * pairs and how the sentence starts and ends learns that wording and judges sentences that came
 * without marks (scripts/train-spoken-question.ts).
 */
import FITTED from './spoken-question-weights.json';
import { judgeLogit, wordsAndPairs, type SentenceJudge } from './sentence-judge';

/** Terms: words, word pairs, the opening ("^and anything"), the ending ("yet$") and the length ("#6"). */
export type SpokenQuestionModel = SentenceJudge;

export const FITTED_SPOKEN_QUESTION_MODEL: SpokenQuestionModel = FITTED;

/** A sentence as written with marks: those with a final mark already said whether they ask. */
const MARKED_END = /[.?!\u2026]["')\]]*\s*$/;

const LENGTH_CAP = 20;

export function spokenQuestionTerms(norm: string): string[] {
  const w = norm.split(' ').filter(Boolean);
  if (!w.length) return [];
  const terms = wordsAndPairs(w);
  terms.add(`^${w[0]}`);
  if (w.length > 1) terms.add(`^${w[0]} ${w[1]}`);
  terms.add(`${w[w.length - 1]}$`);
  if (w.length > 1) terms.add(`${w[w.length - 2]} ${w[w.length - 1]}$`);
  terms.add(`#${Math.min(w.length, LENGTH_CAP)}`);
  return [...terms];
}

/**
 * Raw speech runs a question into its answer ("and who do i go to when its all on fire sawmill belongs
 * to the platform engineering team") or an answer into the next question ("so the users it is only the
 * greenkeepers and when is it"): a sentence asks only when its opening words and its closing words each
 * read as a question.
 */
const WINDOW_WORDS = 8;
/**
 * A short sentence that opens as a question beyond doubt asks even when its end reads weakly
 * ("and whats safe for me to do in the first week or so"): too short to hold an answer as well.
 */
const SHORT_QUESTION_WORDS = 14;

/**
 * Without marks, only the words can ask: a statement said rising ("and Sian checked it after you")
 * reads the same as one said falling, so a sentence with no asking word is taken as said.
 */
const ASKING_WORD = /\b(what|who|whom|whose|which|where|when|why|how|any|anything|anyone|anybody|do|does|did|can|could|should|shall|would|will|must|may|is|are)\b/;

/** Whether a sentence said without a final mark is worded as a question. */
export function asksUnmarked(model: SpokenQuestionModel, text: string, norm: string): boolean {
  if (MARKED_END.test(text) || !ASKING_WORD.test(norm)) return false;
  const words = norm.split(' ').filter(Boolean);
  const windows = words.length <= WINDOW_WORDS ? [words] : [words.slice(0, WINDOW_WORDS), words.slice(-WINDOW_WORDS)];
  const logits = windows.map((w) => judgeLogit(model, spokenQuestionTerms(w.join(' '))));
  if (logits.every((l) => l > model.threshold)) return true;
  return logits.length === 2 && words.length <= SHORT_QUESTION_WORDS && logits[0] > 2 * model.threshold && logits[1] > 0;
}
