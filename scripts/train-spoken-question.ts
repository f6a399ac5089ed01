/**
 * Fit the spoken-question model (src/engine/items/spoken-question.ts) on the punctuated calls and
 * write src/engine/items/spoken-question-weights.json. A sentence ending in "?" asks; one ending
 * in "." or "!" does not. Raw calls (no marks) teach nothing and are what the model is for.
 *
 *   npx tsx scripts/train-spoken-question.ts [--without a,b] [--out FILE] [--dry-run]
 */
import { join } from 'node:path';
import { normalizeSpeech } from '../src/engine/sections/text';
import { spokenQuestionTerms, type SpokenQuestionModel } from '../src/engine/items/spoken-question';
import { goldFiles, loadCalls } from './train-sections';
import { fitLogistic, logOdds, namesAfter, runScript, writeJudge, type Example } from './logistic-fit';

const ROOT = join(__dirname, '..');
/** Only wording many calls share: a rarer word pair would be one system's name. */
const MIN_CALLS = 10;
/** Nine in ten: a statement taken for a question loses the fields it states. */
const THRESHOLD = logOdds(0.9);
const ENDS_ASKING = /\?["')\]]*\s*$/;
const ENDS_TELLING = /[.!]["')\]]*\s*$/;

export async function loadExamples(golds: string[]): Promise<Example[]> {
  const calls = await loadCalls(golds);
  return calls.flatMap((call) =>
    call.sentences
      .filter((s) => ENDS_ASKING.test(s.text) || ENDS_TELLING.test(s.text))
      .map((s) => ({ call: call.name, terms: spokenQuestionTerms(normalizeSpeech(s.text)), positive: ENDS_ASKING.test(s.text) }))
      .filter((e) => e.terms.length > 0),
  );
}

export function fitSpokenQuestion(examples: Example[], minCalls = MIN_CALLS): SpokenQuestionModel {
  const { bias, weights } = fitLogistic(examples, minCalls);
  return { bias, threshold: THRESHOLD, terms: weights };
}

async function main() {
  const golds = goldFiles(true, namesAfter('--without'));
  const examples = await loadExamples(golds);
  const model = fitSpokenQuestion(examples);
  const asks = examples.filter((e) => e.positive).length;
  console.log(`${golds.length} calls, ${examples.length} punctuated sentences (${asks} asking), ${Object.keys(model.terms).length} terms`);
  writeJudge(join(ROOT, 'src/engine/items/spoken-question-weights.json'), model);
}

if (require.main === module) runScript(main);
