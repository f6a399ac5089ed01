/**
 * How a reply stands to the question before it, in a section's talk: agreeing to what a question
 * put forward, or saying the speaker does not know what was asked outright.
 */
import type { Sentence } from '../model';
import { normalize } from '../sections/text';
import { answersNothing } from './fields';

/**
 * Asked for one thing outright ("who do I escalate to?") and told the
 * speaker does not know it: not a yes or no ("is there a sandbox?" "no"), nor asked for more
 * than was said ("who else uses it?" "nobody else"; "and at night, who do I call?").
 */
export function notKnownWhenAsked(question: Sentence, reply: string): boolean {
  const q = normalize(question.text);
  return !YES_NO_OPENING.test(q) && !ASKS_FOR_MORE.test(q) && DOES_NOT_KNOW.test(reply);
}
/** Words a question opens with after a lead-in: a verb before its subject, and "any ..." asking for some. */
const LEAD = '^((so|and|okay|ok|right|sorry|then|but|just|um|uh) )*';
const VERB_FIRST = 'is|are|was|were|do|does|did|can|could|would|will|should|shall|has|have|had|may|might|any|anything|anyone|anybody';
const YES_NO_OPENING = new RegExp(`${LEAD}(${VERB_FIRST})\\b`);
/** "Who else uses it?", "and at night, who do I call?": more than was said, or a narrower case of it. */
const ASKS_FOR_MORE = /\b(else|other|others|more|also|too|if|at night|overnight|after hours|out of hours|weekends?|holidays?)\b/;
const DOES_NOT_KNOW = /\b(don t|do not|didn t|did not) (really |honestly |actually )?(know|remember|recall)\b|\bno idea\b|\bnot sure\b|\b(i ll|i will|let me) (check|find out|ask)\b/;

/** The other speaker agrees to what the question put forward, or adds to it, and says something. */
export function agreesTo(question: Sentence, reply: Sentence, norm: string): boolean {
  return (reply.speaker === undefined || reply.speaker !== question.speaker) && AGREES.test(norm) && !answersNothing(norm, reply.text);
}

/** A statement said as a question: "so the users are the tenants and the officers?". */
export function putsForward(text: string, norm: string): boolean {
  return /\?\s*$/.test(text) && !ASKING_OPENING.test(norm) && !ABOUT_THE_SPEAKERS.test(norm);
}
/** What opens a real question: a question word or a verb before its subject ("who uses it", "is it"). */
const ASKING_OPENING = new RegExp(`${LEAD}(who|whom|whose|what|which|when|where|why|how|${VERB_FIRST})\\b`);
/** "So Friday is really your last day?": the handover's own dates, not the system's. */
const ABOUT_THE_SPEAKERS = /\b(your|my|his|her) (last|first|final) (day|week|shift)\b/;
/** A reply that agrees to what was put forward, or adds to it: "yeah, that's it, plus ...", "and the call centre". */
const AGREES = /^((yeah|yes|yep|yup|exactly|correct|right|spot on|pretty much|that s it|that s right|that is right|mostly|basically|and|plus|also)\b)(?! (no|not|nope|nah)\b)/;
