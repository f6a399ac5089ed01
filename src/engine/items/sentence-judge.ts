/**
 * What the learned sentence judges share (non-answer.ts, spoken-question.ts): a logistic
 * regression over a sentence's words and word pairs, fitted by scripts/logistic-fit.ts.
 */
export interface SentenceJudge {
  /** Log-odds before any word is read. */
  bias: number;
  /** Per word ("never"), word pair ("never agreed") or other feature the judge names. */
  terms: Record<string, number>;
  /** Log-odds above which the judge says yes. */
  threshold: number;
}

/** The words of a normalised sentence and each adjacent pair, each once. */
export function wordsAndPairs(words: string[]): Set<string> {
  const terms = new Set(words);
  for (let i = 1; i < words.length; i++) terms.add(`${words[i - 1]} ${words[i]}`);
  return terms;
}

export function judgeLogit(judge: SentenceJudge, terms: Iterable<string>): number {
  let z = judge.bias;
  for (const t of terms) z += judge.terms[t] ?? 0;
  return z;
}
