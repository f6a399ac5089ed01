/**
 * Raw speech-to-text cut into pieces by the sentence splitter reads as one item per spoken
 * thought, with one evidence span over it; punctuated sentences, another speaker, a piece that
 * states a field and a gap in the call each start a new item.
 */
import { joinCutSpeech } from '../../src/engine/items/cut-speech';
import type { DistilledItem } from '../../src/engine/items/distil';
import type { Sentence } from '../../src/engine/model';

function call(pieces: Array<[text: string, speaker: string, index?: number]>): Sentence[] {
  let at = 0;
  return pieces.map(([text, speaker, index], i) => {
    const s: Sentence = { index: index ?? i, start: at, end: at + text.length, raw: text, text, segment: 0, speaker };
    at += text.length + 1;
    return s;
  });
}
const itemOf = (s: Sentence, fields: string[] = []): DistilledItem => ({
  text: s.text.charAt(0).toUpperCase() + s.text.slice(1),
  evidence: [{ start: s.start, end: s.end, speaker: s.speaker }],
  fields,
});

describe('raw speech cut mid-thought', () => {
  test('the pieces of one thought are one item with one evidence span', () => {
    const said = call([
      ['so the first one is the import job', 'Ana'],
      ['it gets stuck when the supplier file', 'Ana'],
      ['is bigger than about fifty megabytes', 'Ana'],
    ]);
    const items = joinCutSpeech(said.map((s) => itemOf(s)), said);
    expect(items).toHaveLength(1);
    expect(items[0].text).toBe('So the first one is the import job it gets stuck when the supplier file is bigger than about fifty megabytes');
    expect(items[0].evidence).toEqual([{ start: said[0].start, end: said[2].end, speaker: 'Ana' }]);
  });

  test('a full stop, another speaker, a field of its own or a gap in the call starts a new item', () => {
    const punctuated = call([
      ['The import job gets stuck.', 'Ana'],
      ['It happens every Monday.', 'Ana'],
    ]);
    expect(joinCutSpeech(punctuated.map((s) => itemOf(s)), punctuated)).toHaveLength(2);
    const twoSpeakers = call([
      ['so the import job gets stuck', 'Ana'],
      ['every monday or just sometimes', 'Ben'],
    ]);
    expect(joinCutSpeech(twoSpeakers.map((s) => itemOf(s)), twoSpeakers)).toHaveLength(2);
    const withField = call([
      ['so if it gets stuck', 'Ana'],
      ['you restart the worker and it catches up', 'Ana'],
    ]);
    expect(joinCutSpeech([itemOf(withField[0]), itemOf(withField[1], ['fix'])], withField)).toHaveLength(2);
    const apart = call([
      ['so the import job gets stuck', 'Ana', 4],
      ['and the prices are a day old', 'Ana', 9],
    ]);
    expect(joinCutSpeech(apart.map((s) => itemOf(s)), apart)).toHaveLength(2);
  });

  test('a thought runs to forty words at most', () => {
    const said = call(Array.from({ length: 6 }, (_, i) => [`piece ${i} of a very long thought that goes on`, 'Ana'] as [string, string]));
    const items = joinCutSpeech(said.map((s) => itemOf(s)), said);
    expect(items.length).toBeGreaterThan(1);
    for (const it of items) expect(it.text.split(/\s+/).length).toBeLessThanOrEqual(40);
  });
});
