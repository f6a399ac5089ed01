import { extractHandover } from '../../src/engine/extract';
import { readLabelled } from '../engine-input/tools/labelled';

describe('tribal knowledge asked for in everyday words', () => {
  test.each([
    // "so what else is only in people's heads?" opens the notes, and the answers stay there
    ['test/fixtures/holdout/zoom-harvest-intake.gold.json', 'Growers call the ticket a docket'],
    // "we've got a saying in the team, a quiet farm is not a happy farm"
    ['test/fixtures/holdout/teams-docx-turbine-alarms.gold.json', 'a quiet farm is not a happy farm'],
  ])('%s: the notes hold "%s"', async (gold, said) => {
    const { transcript } = await readLabelled(gold);
    const notes = extractHandover(transcript).sections.find((s) => s.id === 'plain-english-notes')!;
    expect(notes.status).toBe('covered');
    expect(notes.items.some((i) => i.text.includes(said))).toBe(true);
  });
});
