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
import { judgeLogit, wordsAndPairs, type SentenceJudge } from './sentence-judge';

export type NonAnswerModel = SentenceJudge;

export const FITTED_NON_ANSWER_MODEL: NonAnswerModel = FITTED;

export function nonAnswerTerms(norm: string): string[] {
  return [...wordsAndPairs(norm.split(' ').filter(Boolean))];
}

export function nonAnswerLogit(model: NonAnswerModel, norm: string): number {
  return judgeLogit(model, nonAnswerTerms(norm));
}

export function givesNothing(model: NonAnswerModel, norm: string): boolean {
  return nonAnswerLogit(model, norm) > model.threshold;
}
