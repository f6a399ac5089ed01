import { SEED_GOLD } from '../engine/reference';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readTranscript, splitSentences } from '../../src/engine/input';
import { ACKNOWLEDGEMENT } from '../../src/engine/sections/lexicon';
import { normalizeSpeech } from '../../src/engine/sections/text';

/**
 * The labelled transcripts (test/fixtures, written by hand, other systems and formats):
 * the input side must never merge two labelled sentences of different sections into one
 * sentence (the classifier could not place it), and must repair the garbled terms.
 */
const ROOT = join(__dirname, '../fixtures');
const golds = [SEED_GOLD];
for (const dir of [ROOT, join(ROOT, 'holdout')]) {
  if (existsSync(dir)) for (const f of readdirSync(dir).sort()) if (f.endsWith('.gold.json')) golds.push(join(dir, f));
}

interface GoldSentence {
  start: number;
  end: number;
  sections: string[];
  text: string;
}

describe.each(golds.map((g) => [g.split('/').slice(-2).join('/'), g]))('%s', (_name, goldPath) => {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
  const load = async () => {
    let file = join(dirname(goldPath), gold.transcript);
    if (file.endsWith('.docx.txt')) file = file.slice(0, -4);
    const t = await readTranscript(readFileSync(file), file);
    return { t, sentences: splitSentences(t) };
  };

  // Held-out transcripts measure how the engine generalises (score-all prints it); gating on
  // them would invite tuning to them, so they are not held to every boundary here.
  const isHoldout = goldPath.includes('/holdout/');
  if (!isHoldout) test('no sentence mixes labelled sentences of different sections', async () => {
    const { sentences } = await load();
    const gs: GoldSentence[] = gold.sentences;
    const key = (g: GoldSentence) => [...g.sections].sort().join(',');
    const merged: string[] = [];
    for (const s of sentences) {
      // Raw speech is never cut into one-word sentences, so half of a bare "wow, okay" may ride
      // with its neighbour; a reaction placed nowhere costs nothing there.
      const covered = gs.filter(
        (g) => Math.min(s.end, g.end) - Math.max(s.start, g.start) >= 0.5 * (g.end - g.start) && !ACKNOWLEDGEMENT.test(normalizeSpeech(g.text)),
      );
      if (new Set(covered.map(key)).size > 1) merged.push(s.raw);
    }
    expect(merged).toEqual([]);
  });

  test('the format is the one labelled', async () => {
    const { t } = await load();
    expect(t.format).toBe(gold.format);
  });

  // Likewise their garbles are deliberately not in the lexicon.
  if (!isHoldout) test('garbled terms are repaired in the cleaned sentences', async () => {
    const { sentences } = await load();
    const all = sentences.map((s) => s.text).join(' ');
    const left = (gold.asr_must_not_appear as string[]).filter((w) =>
      new RegExp(`(?<![A-Za-z])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`).test(all),
    );
    const norm = (s: string) => s.toLowerCase().replace(/[-_/]+/g, ' ').replace(/\s+/g, ' ');
    const absent = (gold.asr_must_appear as string[]).filter((w) => !norm(all).includes(norm(w)));
    expect({ left, absent }).toEqual({ left: [], absent: [] });
  });
});
