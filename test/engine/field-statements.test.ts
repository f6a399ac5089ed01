/**
 * A section's status follows what was STATED in it: a value said in other words counts,
 * a keyword in an unrelated remark, a question nobody answered, a stated absence or a
 * pointer elsewhere does not. Sentences here are paraphrases of our own, not fixture text.
 */
import { normalizeSpeech } from '../../src/engine/sections/text';
import { sectionStatusOf as statusOf, statedFields as fieldsOf } from './helpers';

describe('fields said in other words', () => {
  test('the system as the subject of what it does names it and says what it does', () => {
    expect(fieldsOf('system-overview', 'The billing engine calculates invoices for every merchant.')).toEqual(
      expect.arrayContaining(['system-name', 'purpose']),
    );
    expect(fieldsOf('system-overview', 'You will take over the payroll exports pipeline.')).toContain('system-name');
    // A template word as the subject names no system.
    expect(fieldsOf('system-overview', 'The worst case is a double charge on every card.')).not.toContain('system-name');
  });

  test('who relies on the system states its users', () => {
    expect(fieldsOf('system-overview', 'Finance and the support desk rely on it every morning.')).toContain('users');
  });

  test('rollback, failure cause, blast radius, ownership and task state in everyday wording', () => {
    expect(fieldsOf('deployment-rollback', 'We just pin the previous image tag again.')).toContain('rollback-action');
    expect(fieldsOf('common-failures', 'Whenever the upstream API throttles us, the queue backs up.')).toContain('cause');
    expect(fieldsOf('danger-zones', 'One bad command there and the entire cluster goes down.')).toContain('why');
    expect(fieldsOf('ownership-escalation', 'It is the checkout squad, three people.')).toContain('owning-team');
    expect(fieldsOf('open-responsibilities', 'The export redesign is half done, the API part works in staging.')).toContain('tasks');
  });

  test('a deployment described in plain steps covers the section field by field', () => {
    const verdict = statusOf('deployment-rollback', [
      'We merge to main and the pipeline builds the image.',
      'Staging deploys on every merge, production needs someone to click the approve button.',
      'We only release on weekday mornings.',
      'Before anything goes out, check that the migration ran in staging.',
      'Afterwards, look at the error rate in Grafana for ten minutes.',
      'If the error rate goes above two percent we roll back.',
      'We just pin the previous image tag again.',
      'The on-call can roll back without asking anyone.',
      'It is back on the old version in about five minutes.',
    ]);
    expect(verdict).toEqual({ status: 'covered', missing: [] });
  });

  test('day-one access, safe and unsafe actions in everyday wording', () => {
    const verdict = statusOf('day-1-checklist', [
      'Ask IT for the admin group in Okta and a seat in Datadog.',
      'Go ahead and browse the dashboards, nothing there can break.',
      'Leave the terraform state alone for now.',
    ]);
    expect(verdict.status).toBe('covered');
  });

  test('a list of periods answering "when not to change" states the bad window', () => {
    expect(statusOf('bad-windows', ['When is a bad time to deploy?', 'Friday afternoons, and the week before Easter.']).status).toBe('covered');
    expect(fieldsOf('bad-windows', 'Never release on the last day of the quarter.')).toContain('avoid-period');
  });

  test('the owner asked and answered in one go counts for every field asked', () => {
    const verdict = statusOf('ownership-escalation', [
      'Who owns this, and who do I talk to when I am stuck?',
      'The retail apps team, and you ask in their help channel.',
      'Outages page the retail on-call, and after twenty minutes it goes to the head of retail.',
    ]);
    expect(verdict).toEqual({ status: 'covered', missing: [] });
  });
});

describe('what does not state a field', () => {
  test('a time mentioned in a story is not a period to avoid, however long the story', () => {
    const verdict = statusOf('bad-windows', [
      'Last spring somebody changed the rounding and the report showed totals at midnight that made no sense.',
      'Because at midnight the batch was still running, the numbers were half from the old day.',
      'On Mondays we deploy twice, usually before lunch.',
    ]);
    expect(verdict.status).toBe('missing');
  });

  test('free-form knowledge still counts from substantial sentences without a cue word', () => {
    expect(
      statusOf('plain-english-notes', [
        'The nightly export writes into a bucket the finance team also reads.',
        'Their scripts expect the columns in the order from the first version.',
      ]).status,
    ).toBe('covered');
  });

  describe('everyday questions are answered by the next sentence; unanswered they state nothing', () => {
    test('what the system is "really for"', () => {
      expect(statusOf('system-overview', ['What is the rota planner really for?', 'Mainly to give each nurse a fair share of night shifts.']).missing).not.toContain('What it does');
      expect(statusOf('system-overview', ['What is the rota planner really for?']).missing).toContain('What it does');
    });
    test('who is "really using it"', () => {
      expect(statusOf('system-overview', ['So who is really using it on a normal day?', 'Dispatchers in the three regional offices.']).missing).not.toContain('Who uses it');
      expect(statusOf('system-overview', ['So who is really using it on a normal day?']).missing).toContain('Who uses it');
    });
    test('when we "normally release"', () => {
      expect(statusOf('deployment-rollback', ['When do we normally release?', 'Wednesday and Thursday mornings, never after lunch on Friday.']).missing).not.toContain('Deployment window');
      expect(statusOf('deployment-rollback', ['When do we normally release?', 'No idea, honestly.']).missing).toContain('Deployment window');
    });
    test('what "was actually wrong" and "how did you fix it" after a failure', () => {
      const failure = [
        "You'll see the level on the dashboard stuck for forty minutes while the water keeps rising.",
        'So what was actually wrong?',
        'The radio link from the level gauge to the RTU dropped, and the RTU kept sending the last value.',
        "Okay, and how'd you fix it?",
        'Marc phoned the dam operator for a reading by hand, and they opened gate two another metre.',
      ];
      expect(statusOf('common-failures', failure).status).toBe('covered');
      expect(statusOf('common-failures', [failure[0], failure[1], failure[3]]).missing).toEqual(['Cause', 'Fix']);
    });
  });

  test('"anything you would not want us touching?" is answered by the thing named next', () => {
    const asked = ["Is there anything in there you'd really not want us touching?", 'The pricing rules.'];
    expect(statusOf('danger-zones', asked).missing).not.toContain('What not to touch');
    expect(statusOf('danger-zones', asked.slice(0, 1)).missing).toContain('What not to touch');
  });

  test('"if it goes down, what is the impact" asks what breaks, and the answer states it', () => {
    const asked = ['And if it goes down, what is the impact?', 'Without Pistenplan the website sells nothing and the office cannot see who is booked.'];
    expect(statusOf('system-overview', asked).missing).not.toContain('What breaks if it is down');
    expect(statusOf('system-overview', asked.slice(0, 1)).missing).toContain('What breaks if it is down');
  });

  test('a question with no real answer does not state the field', () => {
    expect(statusOf('deployment-rollback', ['Who approves a rollback?', 'Honestly, I do not know.']).missing).toContain('Rollback approver');
    // A shrug before "nobody": no one approves, it is just done.
    expect(statusOf('deployment-rollback', ['And who approves that, a rollback or a prod deploy?', 'Hm, nobody really, we just do it, it has been like that.']).missing).toContain('Rollback approver');
  });

  test('raw speech-to-text asks without a question mark, and the ask states nothing', () => {
    expect(fieldsOf('first-30-days', 'oh and what would you do in the first month')).toEqual([]);
    expect(fieldsOf('deployment-rollback', 'and who should approve a rollback')).toEqual([]);
    expect(statusOf('first-30-days', ['and what should i do in my first month', 'good question let us talk about that next time']).status).toBe('missing');
    // The same words as a statement still count, and "what you should not do is" is no question.
    expect(fieldsOf('first-30-days', 'in the first month you shadow the on call')).toContain('weekly-plan');
    expect(fieldsOf('day-1-checklist', 'what you should not do is restart the workers on prod')).toContain('avoid-actions');
    // Run on into its answer, the question no longer hides what the answer states.
    expect(fieldsOf('completion-check', 'when is the handover done when you have deployed and rolled back once on your own')).toContain('criteria');
  });

  test('raw speech asks as an alternative ("or is it all mine now", "or i can say no"), or with the subject first ("who they call")', () => {
    expect(fieldsOf('open-responsibilities', 'and can i say no to any of those or is it all mine now')).toEqual([]);
    expect(fieldsOf('open-responsibilities', 'and i must take all of them or i can say no for some')).toEqual([]);
    expect(fieldsOf('ownership-escalation', 'and at the weekend if the server is down who they call')).toEqual([]);
    expect(fieldsOf('day-1-checklist', 'and what i should not touch in the beginning')).toEqual([]);
    expect(statusOf('system-overview', ['and when does it really matter like when can it not go down', 'friday nights and weekends are the big ones']).missing).not.toContain('When it is critical');
    // a statement of what to do, however it goes on, is still said
    expect(fieldsOf('day-1-checklist', 'what we should not do is restart the workers on prod')).toContain('avoid-actions');
    expect(fieldsOf('open-responsibilities', 'you can say no to any of them except the billing fix')).toContain('acceptance-rule');
  });

  test('an on-call never sorted out, a wish, the dates sent by someone else and a trip are nothing said', () => {
    expect(fieldsOf('ownership-escalation', 'we never sorted a real on call so talk to the manager about that one')).not.toContain('escalation-path');
    const zone = ['Never edit a closed report in the database, it is the legal record.', 'Who signs off a change to those?'];
    expect(statusOf('danger-zones', [...zone, "Well, I'd like to say me, but it might be the head of operations, we've never settled it."]).missing).toContain('Who must approve');
    expect(fieldsOf('bad-windows', "Yeah, so there's a freeze, the office sends the dates out every term, I'll forward you the email.")).toEqual([]);
    expect(fieldsOf('bad-windows', 'Yep, Friday, and then I fly to Lisbon on Saturday.')).toEqual([]);
  });

  test('no on-call said anywhere in the sentence, a section read out by number or by title, and roles nobody decided or took up, state nothing', () => {
    expect(fieldsOf('ownership-escalation', 'We never sorted an on-call, I just had my phone on the bedside table.')).not.toContain('escalation-path');
    expect(fieldsOf('ownership-escalation', "There's no real on-call, the nurses just ring my mobile, and Helen will sort out a proper escalation path once I'm gone.")).not.toContain('escalation-path');
    expect(fieldsOf('ownership-escalation', "There's no proper on-call, but in the marking season there's a rota, and if you're stuck you go to Martin.")).toContain('escalation-path');
    expect(fieldsOf('ownership-escalation', 'Number nine, ownership and escalation.')).toEqual([]);
    expect(fieldsOf('ownership-escalation', 'right im skipping about a bit owners ship and escalation')).toEqual([]);
    expect(fieldsOf('completion-check', "Number twelve, completion check, again Helen, she'll tell you when she thinks the handover is complete.")).toEqual([]);
    expect(fieldsOf('deployment-rollback', "Who has to okay a rollback, nobody's ever actually decided that, I just do it and tell Sian afterwards.")).not.toContain('rollback-approver');
    expect(fieldsOf('danger-zones', 'it used to be the planning consultant but we stopped using them and nobody has picked that up since')).not.toContain('approver');
    expect(fieldsOf('ownership-escalation', 'and in the night if some alarm is coming whom i should call')).toEqual([]);
  });

  test('raw questions that run on or open with "and if", plans put off to a meeting, and a shrug after "ehm" state nothing', () => {
    expect(fieldsOf('open-responsibilities', 'and do i have to take all three or can i say no to any of them')).toEqual([]);
    expect(fieldsOf('open-responsibilities', 'and if i dont want one of them can i say no')).toEqual([]);
    expect(fieldsOf('first-30-days', 'and for my first month is there a plan week by week')).toEqual([]);
    expect(fieldsOf('first-30-days', 'whats me first month look like then is there a plan')).toEqual([]);
    expect(fieldsOf('first-30-days', 'im going to sit down with you next week')).toEqual([]);
    expect(fieldsOf('first-30-days', 'Martin wanted to do that with you himself next week')).toEqual([]);
    const zone = ['The pay rates table, never by hand.', 'Who approves a change to it?'];
    expect(statusOf('danger-zones', [...zone, "Good question, ehm, I don't know, actually, nobody wrote that down, maybe Hannah knows."]).missing).toContain('Who must approve');
  });

  test('a freeze said with a word between "no" and "changes" is still a freeze', () => {
    expect(fieldsOf('bad-windows', 'no network changes in the last three days of the month because of the finance close')).toContain('avoid-period');
  });

  test('saying there is no on-call is not an escalation path, and an incident channel is not whom to ask', () => {
    expect(fieldsOf('ownership-escalation', 'No, there is no on-call, we look at it in office hours.')).toEqual([]);
    expect(fieldsOf('ownership-escalation', 'If it is really broken you post in the incidents channel.')).not.toContain('contact');
    expect(fieldsOf('ownership-escalation', 'For questions, ask in the payments channel.')).toContain('contact');
  });

  test('a pointer to documentation somewhere is not the thing', () => {
    expect(fieldsOf('day-1-checklist', 'The access list is documented somewhere.')).toEqual([]);
    expect(fieldsOf('deployment-rollback', "The rollback steps, they're written down somewhere.")).toEqual([]);
  });

  test('putting a topic off is not saying it, though the day it is put off to is named', () => {
    expect(statusOf('first-30-days', ["The thirty day plan, I haven't prepared it yet.", 'We will sit separately next week and make it.']).status).toBe('missing');
    expect(fieldsOf('first-30-days', "We didn't get to the plan for your first weeks, let's do those on Thursday.")).toEqual([]);
    expect(fieldsOf('sign-off', "We'll put the date in once Priya has done her first release.")).toEqual([]);
    expect(fieldsOf('system-overview', 'Business impact, this I will check and update.')).toEqual([]);
    expect(fieldsOf('system-overview', 'Environments, same as before only.')).toEqual([]);
    expect(fieldsOf('danger-zones', 'Danger zones, not applicable for us, nothing is dangerous.')).toEqual([]);
    // "At some point" puts it off as much as "next week" does.
    expect(statusOf('first-30-days', ['We should go through your first weeks at some point.']).status).toBe('missing');
    expect(fieldsOf('danger-zones', 'This I will cover later along with Suresh only, because he knows those things better than me.')).toEqual([]);
    expect(fieldsOf('day-1-checklist', "This one I don't have ready today, which access groups are there I have to check.")).toEqual([]);
    expect(fieldsOf('architecture-reference', 'Architecture document, this I will check and update, I think Ravi made one diagram last year.')).toEqual([]);
    // A plan that only involves sitting together is still a plan.
    expect(fieldsOf('first-30-days', 'The first week you will sit with me and watch the deploys.')).toEqual(['weekly-plan']);
  });

  test('reading out the section title states none of its fields', () => {
    expect(fieldsOf('ownership-escalation', 'Ownership and escalation.')).toEqual([]);
    expect(fieldsOf('ownership-escalation', 'Escalation path.')).toEqual([]);
    expect(fieldsOf('ownership-escalation', 'Escalation goes to the platform lead, then the CTO.')).toContain('escalation-path');
  });

  test('a period said not to exist, or nobody on call, is not the field', () => {
    expect(fieldsOf('bad-windows', 'Not really, we never had a freeze.')).toEqual([]);
    expect(fieldsOf('bad-windows', "There's no bad time really, we deploy whenever.")).toEqual([]);
    expect(fieldsOf('bad-windows', 'We have a freeze in the last week of December.')).toEqual(['avoid-period']);
    expect(fieldsOf('ownership-escalation', 'But nobody is on call at night.')).toEqual([]);
    expect(fieldsOf('ownership-escalation', "The escalation path changed with the reorg and I honestly don't know where the pages go now.")).toEqual([]);
    expect(fieldsOf('ownership-escalation', "The platform team owns it, but I don't know who is on call this week.")).toContain('owning-team');
  });

  test('raw speech without apostrophes is read like speech with them', () => {
    expect(fieldsOf('first-30-days', 'we didnt get to the plan for your first weeks so lets do those on friday')).toEqual([]);
    expect(fieldsOf('danger-zones', 'dont ever touch the lifecycle rule on the photos bucket')).toContain('do-not-touch');
    // "its" before a word no possessive takes is "it's"; before a noun it is the possessive
    expect(fieldsOf('system-overview', 'so its called halla like the irish word for a hall')).toContain('system-name');
    expect(fieldsOf('ownership-escalation', 'its the fleet payments team in the finance directorate')).toContain('owning-team');
    expect(normalizeSpeech('the job keeps its own queue')).toBe('the job keeps its own queue');
  });

  test('raw "ill" before a verb puts off, "somebody checked it" names nobody, "where it goes then" asks, and naming a box is no one to call', () => {
    expect(fieldsOf('open-responsibilities', 'whether you can turn any of them down ill get back to you on that')).toEqual([]);
    expect(normalizeSpeech('he was ill last week')).toBe('he was ill last week');
    expect(fieldsOf('architecture-reference', 'and somebody checked it')).toEqual([]);
    expect(fieldsOf('architecture-reference', 'and someone from the data team checked it')).toContain('verified-by');
    expect(fieldsOf('ownership-escalation', 'and if the night shift cannot fix it where it goes then')).toEqual([]);
    expect(fieldsOf('open-responsibilities', 'so can i hand any of those back or are they just mine')).toEqual([]);
    expect(fieldsOf('ownership-escalation', 'We never set up a rota, it has just been me.')).toEqual([]);
    expect(fieldsOf('ownership-escalation', 'The feed lands on a small box in the server room, we call it the relay.')).toEqual([]);
    expect(fieldsOf('ownership-escalation', 'For the scanners you call the vendor hotline.')).toContain('contact');
  });

  test('finding a time for the next meeting names no period to avoid', () => {
    expect(fieldsOf('bad-windows', "Tuesday I'm on a course all day, what about Wednesday morning")).toEqual([]);
    expect(fieldsOf('bad-windows', 'No deploys on Thursdays, that is when the payroll runs.')).toEqual(['avoid-period']);
  });

  test('something rejected by the system is not the rule for accepting tasks', () => {
    expect(fieldsOf('open-responsibilities', 'The number one ticket is the app saying photo rejected, please retake.')).not.toContain('acceptance-rule');
    expect(fieldsOf('open-responsibilities', 'You can reject any of these if you think they are not worth it.')).toContain('acceptance-rule');
  });
});
