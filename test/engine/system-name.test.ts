import { callSystemName, definesByName } from '../../src/engine/items/system-name';
import { distilSection } from '../../src/engine/items/distil';
import { sectionStatus } from '../../src/engine/status/status';
import { KT_DEFAULT_TEMPLATE } from '../../src/engine/template/kt-default';
import { extractHandover } from '../../src/engine/extract';
import { parseTranscriptText } from '../../src/engine/input';
import { sentencesOf } from './helpers';
import { normalizeSpeech } from '../../src/engine/sections/text';

/** The name the call gives its system, from its sentences as the engine normalises them. */
const nameOf = (lines: string[]) => callSystemName(lines.map(normalizeSpeech));
const OVERVIEW = KT_DEFAULT_TEMPLATE.sections.find((s) => s.id === 'system-overview')!;
const missingOf = (lines: string[], systemName?: string) => sectionStatus(OVERVIEW, distilSection(OVERVIEW, sentencesOf(lines).sentences, { systemName })).missing;

describe('the name a call gives its system', () => {
  test('is a made-up word the call defines and keeps coming back to', () => {
    const call = [
      'so tollgate is basically the front door of kobocrest every single request from outside passes through it',
      'if tollgate is down nobody can log in',
      'we deploy tollgate on tuesdays',
    ];
    expect(nameOf(call)).toBe('tollgate');
    // said once, it is a word in passing, not the call's name for its system
    expect(nameOf(call.slice(0, 1))).toBeUndefined();
  });

  test('is not a role, an environment or an everyday word that opens a definition', () => {
    const call = ['Prod is the one that matters.', 'Prod goes down on Fridays.', 'We patch prod monthly.', 'Friday is the worst day.', 'Friday again.', 'Friday.'];
    expect(nameOf(call)).toBeUndefined();
  });

  test('is found however the call gives it', () => {
    expect(definesByName("so it's kamalig that's the shared database platform for the whole of stubline", 'kamalig')).toBe(false);
    expect(definesByName('so it s kamalig that s the shared database platform for the whole of stubline', 'kamalig')).toBe(true);
    expect(definesByName('the whole fleet s called the orchard', 'orchard')).toBe(true);
    expect(definesByName('okay so the system is sarto like the tailor', 'sarto')).toBe(true);
    expect(definesByName('can we back up a bit though like what is lamplighter exactly in your words', 'lamplighter')).toBe(true);
    expect(definesByName('ha fair enough so benthyg it means borrow in welsh is the e book lending service', 'benthyg')).toBe(true);
    expect(definesByName('if lamplighter is down the app shows no new features', 'lamplighter')).toBe(false);
  });
});

describe('an overview that defines the system by its name states the name', () => {
  const overview = ['haar is our own self hosted Sentry that all the crash reports from the games go into.'];
  test('when the call names its system so', () => {
    expect(missingOf(overview)).toContain('System name');
    expect(missingOf(overview, 'haar')).not.toContain('System name');
    // another word defined is not the call's system
    expect(missingOf(overview, 'kelpie')).toContain('System name');
  });

  test('through the whole engine', () => {
    const text = [
      'Ana: Okay, first the system overview.',
      'Ben: Haar is our own self hosted Sentry that all the crash reports from the games go into.',
      'Ana: And who looks at it?',
      'Ben: The game teams look at Haar every morning, and support checks it when players complain.',
      'Ben: If Haar is down we fly blind on crashes.',
    ].join('\n');
    const draft = extractHandover(parseTranscriptText(text));
    const section = draft.sections.find((s) => s.id === 'system-overview')!;
    expect(section.items.map((i) => i.field)).toContain('System name');
    expect(section.missing).not.toContain('System name');
  });
});
