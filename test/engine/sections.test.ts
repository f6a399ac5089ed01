import { buildAnnouncementMatcher } from '../../src/engine/sections/announce';
import { classifySentences } from '../../src/engine/sections/classify';
import { featureExtractorFor } from '../../src/engine/sections/features';
import { keepAnswersWithQuestions } from '../../src/engine/sections/answer-keeps-question';
import { KT_DEFAULT_TEMPLATE } from '../../src/engine/template/kt-default';
import { sentencesOf } from './helpers';

const SECTIONS = KT_DEFAULT_TEMPLATE.sections;
const classify = (lines: string[]) => classifySentences(sentencesOf(lines).sentences, SECTIONS).labels;

describe('placing sentences in sections', () => {
  test("the reply to a question for a section's field stays in that section, whatever its words lean to", () => {
    const lines = [
      'Next, danger zone.',
      "Second, don't touch the settings of the hidden test plan, if it becomes visible, real customers can book it.",
      'Third, the PagerDuty service in the monitor message, if you change it, the payment alert goes nowhere.',
      'Who has to approve changes there?',
      'For Terraform and PagerDuty, Yuki Nakamura, and for the test hotel, Mori-san, the content team lead.',
      'Next is owner ship and escalation.',
      'The web platform team owns it, and alerts page the on-call engineer.',
    ];
    const labels = classify(lines);
    expect(labels[3]).toBe('danger-zones');
    expect(labels[4]).toBe('danger-zones');
    expect(labels[6]).toBe('ownership-escalation');
  });

  test('only a reply by someone else, not a question, placed in another section, moves to the question', () => {
    const ids = SECTIONS.map((s) => s.id);
    const at = (id: string) => ids.indexOf(id);
    const said = (speaker: string, text: string, index: number) => ({ index, start: 0, end: text.length, raw: text, text, segment: 0, speaker });
    const question = said('Sam', 'Who has to approve changes there?', 0);
    const reply = (speaker: string, text: string) => [question, said(speaker, text, 1)];
    const placed = () => [at('danger-zones'), at('ownership-escalation')];
    let labels = placed();
    expect(keepAnswersWithQuestions(reply('Kenji', 'Yuki Nakamura, the platform lead.'), labels, ids)).toEqual([1]);
    expect(labels[1]).toBe(at('danger-zones'));
    labels = placed();
    expect(keepAnswersWithQuestions(reply('Sam', 'Yuki Nakamura, the platform lead.'), labels, ids)).toEqual([]);
    labels = placed();
    expect(keepAnswersWithQuestions(reply('Kenji', 'Who owns the pager then?'), labels, ids)).toEqual([]);
    labels = [at('danger-zones'), ids.length];
    expect(keepAnswersWithQuestions(reply('Kenji', 'Ha, the coffee is cold again.'), labels, ids)).toEqual([]);
  });

  test('a question asking for a field of its reply\'s section, and none of its own, goes with the reply', () => {
    const ids = SECTIONS.map((s) => s.id);
    const at = (id: string) => ids.indexOf(id);
    const said = (speaker: string, text: string, index: number) => ({ index, start: 0, end: text.length, raw: text, text, segment: 0, speaker });
    const lines = [said('Rebecca', "And is there anything in the system I just shouldn't touch?", 0), said('Sylvie', 'The yield table, never, it is my recipes.', 1)];
    const labels = [at('bad-windows'), at('danger-zones')];
    expect(keepAnswersWithQuestions(lines, labels, ids)).toEqual([0]);
    expect(labels[0]).toBe(at('danger-zones'));
    // A question of its own section keeps its place and takes the reply along.
    const own = [at('danger-zones'), at('bad-windows')];
    expect(keepAnswersWithQuestions(lines, own, ids)).toEqual([1]);
    expect(own).toEqual([at('danger-zones'), at('danger-zones')]);
  });

  test('a garbled announcement still opens its section and holds it until the next', () => {
    const labels = classify([
      'Hi everyone, can you hear me?',
      'Yes, loud and clear.',
      'Devons are well-checked.',
      'You need access to the cloud console and the git repository.',
      'Safe first actions are read-only checks and a dry run of terraform.',
      'Do not run terraform apply in prod on your first day.',
      'Next is, hand-work completion.',
      'The handover is complete when the replacement can deploy safely on their own.',
    ]);
    expect(labels.slice(0, 2)).toEqual([null, null]);
    expect(labels.slice(2, 6)).toEqual(Array(4).fill('day-1-checklist'));
    expect(labels[7]).toBe('completion-check');
  });

  test('a short clause of someone doing something is not a title heard wrong, whatever its sounds', () => {
    const matcher = buildAnnouncementMatcher(SECTIONS);
    const announced = (text: string) => SECTIONS.filter((_, i) => matcher.match(text)[i] > 0).map((s) => s.id);
    // "ourselves on the cluster" runs through the sounds of "survival checklist"
    expect(announced('we keep it ourselves on the cluster')).toEqual([]);
    expect(announced('you host them yourselves on the cluster')).toEqual([]);
    // garbled titles, and someone saying where the talk goes, still announce
    expect(announced('day won survival list')).toEqual(['day-1-checklist']);
    expect(announced('we move on to the danger zones')).toEqual(['danger-zones']);
    expect(announced('and now the sign off')).toEqual(['sign-off']);
  });

  test('a title heard with a small word inside it ("sign of") still announces its section', () => {
    const labels = classify([
      'Now the architecture reference.',
      'The diagram is on the wiki, the architect reviewed it last month.',
      'Sign of.',
      'Outgoing owner is Daniel and incoming owner is Priya, today is the fourth of March.',
    ]);
    expect(labels[2]).toBe('sign-off');
  });

  test('small talk in the middle of a section and closing talk go to no section', () => {
    const labels = classify([
      'Now the deployment process.',
      'Code is merged into the main branch and the Jenkins pipeline deploys to staging automatically.',
      'Production needs a manual approval in the pipeline.',
      'Sorry, someone is at the door, give me one second.',
      'Okay, I am back.',
      'If the error rate goes up after a deploy, that is the trigger to roll back.',
      'The danger zones.',
      'Never touch the terraform state files in production, because it can take the whole platform down.',
      'Thank you so much, that is all for today.',
      'Bye, have a great weekend.',
    ]);
    expect(labels[1]).toBe('deployment-rollback');
    expect(labels[3]).toBeNull();
    expect(labels[5]).toBe('deployment-rollback');
    expect(labels[7]).toBe('danger-zones');
    expect(labels.slice(8)).toEqual([null, null]);
  });

  test('a delivery at the door is small talk; a system about deliveries is not', () => {
    const labels = classify([
      'Morning, can you hear me okay?',
      'Yes, loud and clear, so where do you want to start?',
      "So the thing you're inheriting is Doorstep, which is the delivery slot booking service.",
      'Customers pick a one-hour delivery slot before they pay, and the service keeps the slot for them.',
      'Sorry, that was the delivery guy, one second.',
    ]);
    expect(labels[2]).toBe('system-overview');
    expect(labels[4]).toBeNull();
  });

  test('a statement for the record is sign-off talk', () => {
    const lines = ['The Quarkus upgrade is half done on a branch.', 'Yes, so for the record, I, Itai Shapira, hand over Marquee to Hannah Okafor.'];
    const f = featureExtractorFor(SECTIONS).extract(sentencesOf(lines).sentences);
    const signOff = SECTIONS.findIndex((s) => s.id === 'sign-off');
    const keyword = (i: number) => f[i].perLabel[signOff].find(([name]) => name === 'sec.kw')?.[1] ?? 0;
    expect(keyword(1)).toBeGreaterThan(0);
    expect(keyword(0)).toBe(0);
  });

  test('a KT that jumps back to an earlier topic follows it', () => {
    const labels = classify([
      'Let me start with the system overview.',
      'The system name is the billing engine and it calculates invoices for every customer.',
      'Some common issues, failures and fixes.',
      'The most common failure is the invoice job crashing because of a missing exchange rate, and the fix is to rerun it.',
      'Back to the overview for a second: the business impact of an outage is delayed revenue.',
    ]);
    expect(labels[1]).toBe('system-overview');
    expect(labels[3]).toBe('common-failures');
    expect(labels[4]).toBe('system-overview');
  });

  test('an everyday question opens the section it asks about, with no title said', () => {
    const labels = classify([
      'so that is the overview of the booking sync more or less',
      'there is one thing nobody writes down the partner resets their ids every january',
      'what actually breaks then',
      'the main one is the nightly import timing out so bookings show up a day late and you rerun it by hand',
      'who do i call when it is broken at night',
      'the platform team owns it and the on call engineer gets paged through pagerduty',
    ]);
    expect(labels[1]).toBe('plain-english-notes');
    expect(labels.slice(2, 4)).toEqual(['common-failures', 'common-failures']);
    expect(labels.slice(4, 6)).toEqual(['ownership-escalation', 'ownership-escalation']);
  });

  test('the sentence after a question is marked as answering the section the question asks about', () => {
    const sentences = sentencesOf([
      'If the error rate goes over two percent we roll back.',
      "Do I need someone's OK before I roll back?",
      "Yeah, you ring Marta, she's the operations manager, she OKs it.",
      "Yeah, you ring Marta, she's the operations manager, she OKs it.",
    ]).sentences;
    const feats = featureExtractorFor(SECTIONS).extract(sentences);
    const answering = (i: number) => SECTIONS.filter((_, s) => feats[i].perLabel[s].some(([name]) => name === 'sec.answers')).map((s) => s.id);
    expect(answering(2)).toContain('deployment-rollback');
    expect(answering(2)).not.toContain('ownership-escalation');
    // the same words not after a question answer nothing
    expect(answering(3)).toEqual([]);
    expect(answering(1)).toEqual([]);
  });

  test('an answer stays with the question it answers, whatever words it answers in', () => {
    const labels = classify([
      'Okay, deployments next.',
      'We merge to main and Argo CD syncs it to staging, and then to prod after a manual approval.',
      'If the error rate goes over two percent after a release, we roll back to the previous revision.',
      "Do I need someone's OK before I roll back?",
      "Yeah, you ring Marta Vidal, she's the operations manager, she OKs it, and if she's not answering, the duty lead can.",
      'Right.',
      'And who do I call at night when the whole thing is down?',
      "That's the on-call rota in PagerDuty, first the platform on-call, then Marta.",
    ]);
    expect(labels[4]).toBe('deployment-rollback');
    expect(labels[7]).toBe('ownership-escalation');
  });

  test('"one thing nobody tells you" opens the tribal notes, and what follows it stays there', () => {
    const labels = classify([
      'so the parcels come in from the depots and we print the labels for the vans',
      'it runs on two pods in the shared cluster and the data is in postgres',
      'and one thing nobody tells you the vans in the north depot are named after rivers but in the database it is only the plate number',
      'the mapping is a spreadsheet on the shared drive and the drivers will always say the tyne is late and you have to look it up',
      'okay what breaks most often',
      'the printer queue gets stuck about once a week and you restart the print service',
    ]);
    expect(labels.slice(2, 4)).toEqual(['plain-english-notes', 'plain-english-notes']);
    expect(labels[5]).toBe('common-failures');
  });

  test('"what do I need set up for Monday?" announces the day-1 checklist', () => {
    const matcher = buildAnnouncementMatcher(SECTIONS);
    const announced = (text: string) => SECTIONS.filter((_, i) => matcher.match(text)[i] > 0).map((s) => s.id);
    expect(announced('And for Monday, what do I need set up?')).toContain('day-1-checklist');
    expect(announced('Okay, and what do I actually need set up, like this week?')).toContain('day-1-checklist');
  });

  test('an incident told with its day and month is a failure, not a bad window', () => {
    const labels = classify([
      'Now the common failures.',
      'Last March we had the whole payroll export fail on the Friday night.',
      'What happened was the bank rotated their certificate and our job kept retrying until Monday morning.',
      'The fix was to load the new certificate and rerun the export by hand.',
    ]);
    expect(labels.slice(1)).toEqual(['common-failures', 'common-failures', 'common-failures']);
  });

  test('a failure story dated in the past, told with no title after small talk, is a failure, not a bad window', () => {
    const labels = classify([
      "can you make me presenter, it won't let me share.",
      'oh sorry, one second, okay, try now.',
      'right, can you all see the admin console?',
      'I see a black screen with your mouse on it.',
      'hang on, let me share just the window, how about now?',
      'yes, there it is.',
      'oh, you should tell him about freshers Saturday.',
      'oh no, yes, freshers Saturday.',
      'so last September we had about three hundred students all moving in the same Saturday, and on Friday night the portal tried to issue all their key cards at once.',
      "and Saturday morning half of them couldn't open their doors, no app, no card, nothing.",
      "and nobody noticed, because failed jobs in the console don't alert anybody.",
      "so the fix was, we waited for the lock vendor's limit to reset, and then you select all the failed jobs and retry them.",
    ]);
    expect(labels.slice(6)).not.toContain('bad-windows');
    expect(labels.slice(8)).toEqual(Array(4).fill('common-failures'));
  });

  test('a rule for the first days only is day-1, and a fix that rolls back is still a failure fix', () => {
    const labels = classify([
      'Okay, the first day.',
      'You need read access to the cluster and the dashboards.',
      'And please do not redeploy or roll back the scoring model yet, wait until you did one release together with me.',
      'Now how we deploy.',
      'We deploy with Helm and Argo CD when something is merged to the main branch.',
      'What breaks most?',
      'The pods crash at start when the model file is missing after a release.',
      'The fix is to roll back the model version in the config map.',
    ]);
    expect(labels[2]).toBe('day-1-checklist');
    expect(labels[4]).toBe('deployment-rollback');
    expect(labels[6]).toBe('common-failures');
    expect(labels[7]).toBe('common-failures');
  });

  test('a list of topics put off to another day opens none of them', () => {
    const labels = classify([
      'Who do I call when it breaks at night?',
      'The platform team owns it, and out of hours you page the on-call through PagerDuty.',
      'Honestly, the deploys, the danger stuff, the rollback, the handover checklist, we will do all of that next week with Ravi.',
    ]);
    expect(labels[1]).toBe('ownership-escalation');
    expect(labels[2]).toBeNull();
  });

  test('a caution for the first week is day-1; a standing prohibition is a danger zone', () => {
    const labels = classify([
      'So, what you can safely poke at in your first week.',
      'You will need the VPN and read-only access to the database.',
      'In your first week, hands off the pricing table, one typo and everyone pays the wrong amount.',
      'Right, the no-go areas.',
      'Never touch the nightly export to the bank, only the finance director can sign that off.',
    ]);
    expect(labels.slice(0, 3)).toEqual(Array(3).fill('day-1-checklist'));
    expect(labels.slice(3)).toEqual(['danger-zones', 'danger-zones']);
  });

  test('the same input always gives the same sections and reasons', () => {
    const { sentences } = sentencesOf(['Ownership and escalation.', 'The platform team owns it and escalations go to the on-call channel.']);
    const a = classifySentences(sentences, SECTIONS);
    const b = classifySentences(sentences, SECTIONS);
    expect(a).toEqual(b);
    expect(a.decisions[1].section).toBe('ownership-escalation');
    expect(a.decisions[1].reasons.length).toBeGreaterThan(0);
  });
});
