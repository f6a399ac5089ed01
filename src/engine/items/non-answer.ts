/**
 * A learned judge of whether a sentence, though it sits in a section and names a field, gives
 * nothing: "I'd have to check with Claire who signs that off", "we kind of wing it", "let's park
 * that". Calls word a non-answer in more ways than any list of phrases holds; this model reads
 * the words and word pairs that sentences in sections nobody covered use, against those in
 * sections said in full, over every labelled call (scripts/train-non-answer.ts). It judges the
 * wording alone, not the section: most calls leave the sign-off out, yet "it's me, Fiona, handing
 * over to you, Daniel" gives two of its fields.
 *
 * It only ever takes fields away: a sentence it doubts stays an item, word for word.
 */
import FITTED from './non-answer-weights.json';

export interface NonAnswerModel {
  /** Log-odds of giving nothing before any word is read. */
  bias: number;
  /** Per word ("never") or word pair ("never agreed"). */
  terms: Record<string, number>;
  /** Log-odds above which a sentence is taken to give nothing. */
  threshold: number;
}

export const FITTED_NON_ANSWER_MODEL: NonAnswerModel = FITTED;

/** Words and adjacent word pairs of a normalised sentence, each once. */
export function nonAnswerTerms(norm: string): string[] {
  const words = norm.split(' ').filter(Boolean);
  const terms = new Set(words);
  for (let i = 1; i < words.length; i++) terms.add(`${words[i - 1]} ${words[i]}`);
  return [...terms];
}

export function nonAnswerLogit(model: NonAnswerModel, norm: string): number {
  let z = model.bias;
  for (const t of nonAnswerTerms(norm)) z += model.terms[t] ?? 0;
  return z;
}

export function givesNothing(model: NonAnswerModel, norm: string): boolean {
  return nonAnswerLogit(model, norm) > model.threshold;
}
