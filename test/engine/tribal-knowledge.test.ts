import { extractHandover } from '../../src/engine/extract';
import { parseTranscriptText } from '../../src/engine/input';
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

describe('tribal knowledge said while on another topic', () => {
  const call = [
    'Ana: Okay, first the system overview.',
    'Ben: The system is called Slagboom, it is the edge API for the booking site.',
    'Ana: Why is it called Slagboom?',
    'Ben: It is named after the barrier at a parking garage, Ruud built it in 2020 as a rate limiter.',
    'Ana: Right. Now deployment and rollback.',
    'Ben: You merge to main and the workflow deploys staging, production needs a manual approval.',
    'Ben: And the other sharp edge, the rollback only rolls back the code, never the data in the key value store.',
    'Ana: Good. Common failures?',
    'Ben: The usual one is the fallback origin timing out after a cold start, so we keep one instance warm.',
  ].join('\n');

  test('is a note as well, and stays in its own section', () => {
    const draft = extractHandover(parseTranscriptText(call));
    const section = (id: string) => draft.sections.find((s) => s.id === id)!;
    const notes = section('plain-english-notes');
    expect(notes.items.map((i) => i.text).join(' ')).toContain('named after the barrier');
    expect(notes.items.map((i) => i.text).join(' ')).toContain('sharp edge');
    expect(notes.status).toBe('covered');
    expect(section('deployment-rollback').items.map((i) => i.text).join(' ')).toContain('sharp edge');
  });

  test('a sentence with no such wording is not', () => {
    const draft = extractHandover(parseTranscriptText(call));
    const notes = draft.sections.find((s) => s.id === 'plain-english-notes')!;
    expect(notes.items.map((i) => i.text).join(' ')).not.toContain('manual approval');
  });
});
