import { KT_DEFAULT_TEMPLATE } from '../../src/engine/template/kt-default';
import { distilSection } from '../../src/engine/items/distil';
import { FITTED_NON_ANSWER_MODEL, givesNothing } from '../../src/engine/items/non-answer';
import { FITTED_SPOKEN_QUESTION_MODEL, asksUnmarked } from '../../src/engine/items/spoken-question';
import { normalizeSpeech } from '../../src/engine/sections/text';
import { sectionStatusOf as statusOf, sentencesOf } from './helpers';

const section = (id: string) => KT_DEFAULT_TEMPLATE.sections.find((s) => s.id === id)!;
/** Every field the section's items state, as the engine distils these sentences. */
const fieldsOf = (id: string, lines: string[]) => distilSection(section(id), sentencesOf(lines).sentences).flatMap((it) => it.fields);
const nothing = (text: string) => givesNothing(FITTED_NON_ANSWER_MODEL, normalizeSpeech(text));
const asks = (text: string) => asksUnmarked(FITTED_SPOKEN_QUESTION_MODEL, text, normalizeSpeech(text));

describe('sentences that name a field and give nothing (the learned non-answer judge)', () => {
  it.each([
    ['day-1-checklist', 'We do the rest on Monday, the access, the open tickets, all that.'],
    ['sign-off', "No idea, I've never handed anything over here before, let's ask Dave on Monday."],
    ['architecture-reference', "It's probably a bit out of date, though, I'd have to look."],
    ['open-responsibilities', "There's a few half-done bits as well, I'll list them in the write-up."],
    ['deployment-rollback', 'Good question, I always did it alone, but Mathieu wanted a rule, we do that on Monday.'],
  ])('%s: "%s" states none of its fields', (id, line) => {
    expect(nothing(line)).toBe(true);
    expect(fieldsOf(id, [line])).toEqual([]);
  });

  it.each([
    ['deployment-rollback', 'The on-call lead approves a rollback, and it takes about ten minutes.'],
    ['sign-off', "It's me, Fiona MacLeod, handing over to you, Daniel Osei, on the fourth of December."],
    ['day-1-checklist', "You'll need the read-only role in the prod account and the admins group in Okta."],
    ['architecture-reference', 'The architecture page is in the PLATFORM space, Priya checked it in March.'],
    ['open-responsibilities', 'The Kafka upgrade is half done, the dev cluster is finished and prod is not started.'],
  ])('%s: "%s" is an answer and keeps its fields', (id, line) => {
    expect(nothing(line)).toBe(false);
    expect(fieldsOf(id, [line]).length).toBeGreaterThan(0);
  });

  it('a section whose only word on a field is a put-off is not covered for it', () => {
    const said = ["It's me, Anna Berg, handing over to you, Ben Okoro.", "No idea, I've never handed anything over here before, let's ask Dave on Monday."];
    expect(statusOf('sign-off', said)).toEqual({ status: 'partial', missing: ['Sign-off date'] });
  });
});

describe('questions said without a question mark (the learned spoken-question judge)', () => {
  it.each([
    'and anything i shouldnt do yet',
    'and anything i should not do in the beginning',
    'and after deploy how you know it works',
    // Cut short (a child at the door): too short to hold an answer, it opens as a question beyond doubt.
    'and whats safe for me to do in the first week or so',
  ])(
    '"%s" asks',
    (line) => expect(asks(line)).toBe(true),
  );

  it.each([
    'dont restart or delete the source connector in prod',
    'you need the jenkins developers group in active directory',
    'the rollback takes about ten minutes',
    // An answer run into the next question, and a question run into its answer, still say something.
    'ok so the users it is only the greenkeepers and when is it',
    'and who do i go to when its all on fire sawmill belongs to the platform engineering team',
    'and who do i call when it breaks dues belongs to the member payments team which after this is basically you',
    // Said rising or falling, the words are a statement's: without marks it is taken as said.
    'and sian checked it after you',
  ])('"%s" does not ask', (line) => expect(asks(line)).toBe(false));

  it('a sentence with a final mark has said already whether it asks', () => {
    expect(asks('And anything I should not do yet.')).toBe(false);
  });

  it('raw speech asking how to check a deploy asks for that field, and only an answer gives it', () => {
    expect(fieldsOf('deployment-rollback', ['and after deploy how you know it works', 'we had pizza at the offsite'])).toEqual([]);
    expect(fieldsOf('deployment-rollback', ['and after deploy how you know it works', 'you open the shop page and place a test order'])).toEqual(['post-validation']);
  });
});
