/**
 * The learned vocabulary: words the labelled calls used in each section. It must learn what
 * several calls said, never one system's own names, and leave out the calls it is told to.
 */
import {
  VocabularyCounter,
  indexVocabulary,
  vocabularyTokens,
  type LearnedVocabulary,
} from '../../src/engine/sections/learned-vocabulary';
import LEARNED from '../../src/engine/sections/learned-vocabulary.json';
import { stemsOfNormalized } from '../../src/engine/sections/terms';
import { normalizeSpeech } from '../../src/engine/sections/text';
import { KT_DEFAULT_TEMPLATE } from '../../src/engine/template/kt-default';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const IDS = KT_DEFAULT_TEMPLATE.sections.map((s) => s.id);
const K = IDS.length;
const DANGER = IDS.indexOf('danger-zones');
const OVERVIEW = IDS.indexOf('system-overview');
const stems = (text: string) => stemsOfNormalized(normalizeSpeech(text));

/** A call of three sentences: a danger zone, an overview naming the system, and small talk. */
function call(counter: VocabularyCounter, name: string, system: string): void {
  const sentences = [`never touch the ${system} table by hand`, `the ${system} service sends the invoices`, 'how was your weekend'];
  counter.add(name, sentences.map((t) => vocabularyTokens(stems(t))), [[DANGER], [OVERVIEW], [K]]);
}

/** Indexed once per vocabulary, as the engine does: indexing thousands of tokens per sentence scored would take minutes. */
const INDEXES = new WeakMap<LearnedVocabulary, ReturnType<typeof indexVocabulary>>();
function scores(v: LearnedVocabulary, text: string): Float64Array {
  let index = INDEXES.get(v);
  if (!index) INDEXES.set(v, (index = indexVocabulary(v, IDS)));
  const out = new Float64Array(K + 1);
  index.score(stems(text), out);
  return out;
}

describe('learning the vocabulary of each section from labelled calls', () => {
  const counter = new VocabularyCounter([...IDS, 'none']);
  call(counter, 'a', 'ledger');
  call(counter, 'b', 'tariff');
  call(counter, 'c', 'roster');
  call(counter, 'd', 'roster');

  test('words several calls used in a section speak for it; a system name from one call does not', () => {
    const v = counter.learn();
    expect(scores(v, 'please never touch that one')[DANGER]).toBeGreaterThan(0);
    expect(scores(v, 'how was your weekend')[K]).toBeGreaterThan(0);
    // "ledger" and "tariff" each came from one call only.
    expect(v.terms['ledger']).toBeUndefined();
    expect(v.terms['tariff']).toBeUndefined();
  });

  test('a vocabulary learned without some calls has not heard them', () => {
    // Without c and d the danger-zone words were heard in two calls, one short of the three needed.
    expect(scores(counter.learn(), 'never touch it')[DANGER]).toBeGreaterThan(0);
    expect(scores(counter.learn(new Set(['c', 'd'])), 'never touch it')[DANGER]).toBe(0);
    expect(scores(counter.learn(new Set(['c', 'd']), { minCalls: 2 }), 'never touch it')[DANGER]).toBeGreaterThan(0);
  });

  test('a word said twice in a sentence counts once, as it was learned', () => {
    const v = counter.learn();
    expect(scores(v, 'never touch, never touch it')[DANGER]).toBeCloseTo(scores(v, 'never touch it')[DANGER], 9);
  });
});

describe('the vocabulary learned from our labelled calls', () => {
  const v = LEARNED as LearnedVocabulary;
  const top = (text: string) => {
    const s = scores(v, text);
    let best = 0;
    for (let l = 1; l <= K; l++) if (s[l] > s[best]) best = l;
    return best === K ? 'none' : IDS[best];
  };

  test.each([
    ['And the thing you must not touch is the licence ledger table.', 'danger-zones'],
    ['Anything still in flight that I would be taking over?', 'open-responsibilities'],
    ['Oh, and sorry, can everyone see my screen now?', 'none'],
    ['Is there a diagram of how it all fits together?', 'architecture-reference'],
  ])('"%s" speaks most for %s', (text, section) => {
    expect(top(text)).toBe(section);
  });
});

test('scoring a sentence adds the weights of exactly the tokens the vocabulary was learned from', () => {
  // The engine scores word by word without building tokens; training counts `vocabularyTokens`.
  const v = LEARNED as LearnedVocabulary;
  const dir = join(__dirname, '..', 'fixtures');
  const lines = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/[.?!\n]/));
  let scored = 0;
  for (const line of lines) {
    const st = stems(line);
    const expected = new Float64Array(K + 1);
    for (const t of vocabularyTokens(st)) for (const [l, w] of v.terms[t] ?? []) expected[l] += w;
    const got = scores(v, line);
    for (let l = 0; l <= K; l++) expect(got[l]).toBeCloseTo(expected[l], 9);
    if (expected.some((x) => x > 0)) scored++;
  }
  expect(scored).toBeGreaterThan(500);
});
