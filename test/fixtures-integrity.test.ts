import { readFileSync } from 'fs';
import { join } from 'path';
import { FIXTURES_DIR, goldFiles as listGoldFiles, loadSources, renderFixture } from './fixtures/tools/fixture';
import { validateGold, type GoldFile } from './fixtures/tools/gold';
import { docxRawText } from './fixtures/tools/docx';

/*
 * The labelled transcripts are the bar the engine is held to on unseen kinds of KT, so a gold
 * offset that drifts from its transcript would silently score the wrong words.
 */
const goldFiles = listGoldFiles();
const sources = loadSources();

describe('labelled KT fixtures', () => {
  it('has at least five, in all four transcript formats', () => {
    const formats = new Set(goldFiles.map((f) => (JSON.parse(readFileSync(join(FIXTURES_DIR, f), 'utf8')) as GoldFile).format));
    expect(goldFiles.length).toBeGreaterThanOrEqual(5);
    expect([...formats].sort()).toEqual(['docx', 'srt', 'text', 'vtt']);
  });

  it('every gold file comes from a source, so it can be regenerated', () => {
    expect(goldFiles.sort()).toEqual(sources.map((s) => join(s.dir, `${s.name}.gold.json`)).sort());
  });

  describe.each(goldFiles)('%s', (goldName) => {
    const gold = JSON.parse(readFileSync(join(FIXTURES_DIR, goldName), 'utf8')) as GoldFile;
    const text = readFileSync(join(FIXTURES_DIR, goldName, '..', gold.transcript), 'utf8');

    it('points every sentence at its exact words, with valid sections and statuses', () => {
      expect(validateGold(gold, text)).toEqual([]);
    });

    it('has between 60 and 150 sentences, some of them in no section', () => {
      expect(gold.sentences.length).toBeGreaterThanOrEqual(60);
      expect(gold.sentences.length).toBeLessThanOrEqual(150);
      expect(gold.sentences.some((s) => s.sections.length === 0)).toBe(true);
    });

    if (gold.format === 'docx') {
      it('labels the text mammoth extracts from the committed .docx', async () => {
        const docx = readFileSync(join(FIXTURES_DIR, goldName, '..', gold.transcript.replace(/\.txt$/, '')));
        expect(await docxRawText(docx)).toBe(text);
      });
    }
  });

  it.each(sources.map((s) => [s.name, s] as const))('regenerating %s gives the committed files', async (_name, src) => {
    const rendered = await renderFixture(src);
    for (const [file, content] of Object.entries(rendered.files)) {
      const onDisk = readFileSync(join(FIXTURES_DIR, file));
      expect({ file, same: onDisk.equals(Buffer.from(content)) }).toEqual({ file, same: true });
    }
  });
});
