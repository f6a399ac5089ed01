/**
 * Distil a section's sentences into short items: one cleaned sentence each, or
 * `Field: value` when a template field is recognised. A question the speaker asks
 * ("Who approves rollback?") joins its answer; a sentence said again or corrected
 * ("let me say it again") joins the earlier one, keeping both evidences. Items only
 * ever hold words that were said.
 */
import type { Evidence, HandoverItem, Sentence } from '../model';
import type { TemplateSection } from '../template/schema';
import { FIELD_CUES, PERSON_FIELDS, answerFits, answersNothing, cuePosition, hasVerb, holderGone, matchFields, nobodyInReply, saidToBeUnknown } from './fields';
import { normalize, normalizeSpeech, stem } from '../sections/text';
import { FITTED_NON_ANSWER_MODEL, givesNothing, type NonAnswerModel } from './non-answer';
import { FITTED_SPOKEN_QUESTION_MODEL, type SpokenQuestionModel } from './spoken-question';
import { definesByName } from './system-name';
import { agreesTo, notKnownWhenAsked, putsForward } from './replies';

/** An item plus every field its sentences state (the shown `field` is only the first). */
export interface DistilledItem extends HandoverItem {
  fields: string[];
}

const STOP = new Set(['the', 'a', 'an', 'is', 'are', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'it', 'this', 'that', 'we', 'so', 'be']);

function keyStems(norm: string): Set<string> {
  return new Set(norm.split(' ').filter((w) => w && !STOP.has(w)).map(stem));
}

/** Spaces in a normalised text, i.e. its word count less one, without splitting it. */
function spaces(norm: string): number {
  let n = 0;
  for (let i = norm.indexOf(' '); i >= 0; i = norm.indexOf(' ', i + 1)) n++;
  return n;
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / Math.min(a.size, b.size);
}

function evidenceOf(s: Sentence): Evidence {
  const e: Evidence = { start: s.start, end: s.end };
  if (s.time) e.time = s.time;
  if (s.speaker) e.speaker = s.speaker;
  return e;
}

/** `strip` patterns run on the said text, whatever its case; compiled once per field. */
const STRIP_ANY_CASE = new Map<RegExp, RegExp>();
function stripOf(section: string, field: string | undefined): RegExp | undefined {
  const strip = field ? FIELD_CUES[section]?.[field]?.strip : undefined;
  if (!strip) return undefined;
  let re = STRIP_ANY_CASE.get(strip);
  if (!re) STRIP_ANY_CASE.set(strip, (re = new RegExp(strip.source, 'i')));
  return re;
}

function valueText(section: string, field: string | undefined, text: string): string {
  let t = text.trim();
  const strip = stripOf(section, field);
  if (strip) {
    const cut = t.replace(strip, '');
    if (cut.length >= 3 && cut !== t) t = cut;
  }
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/**
 * A reply that says neither yes nor what was asked: "um, well", "yeah nah". A bare "no" is an
 * answer ("is there an approver?" "no"), so it is not one of them.
 */
const HOLDING_REPLY = /^((um|uh|erm|er|hmm|mm|well|so|look|ah|oh|okay|ok|right) ?)+$|^(yeah|yes) (nah|no)( (um|uh|erm|well|so|look))*$/;

export interface DistilOptions {
  /** Announcement strength of each sentence for this section (from the classifier). */
  announcement?: (s: Sentence) => number;
  /** Judges sentences that name a field and give nothing; the fitted model by default. */
  nonAnswer?: NonAnswerModel;
  /** Judges sentences said without marks as asking or not; the fitted model by default. */
  spokenQuestion?: SpokenQuestionModel;
  /** The name the call gives its system (see system-name.ts), if it gives one. */
  systemName?: string;
}

export function distilSection(section: TemplateSection, sentences: Sentence[], opts: DistilOptions = {}): DistilledItem[] {
  const labelOf = (id: string) => section.fields.find((f) => f.id === id)?.label ?? id;
  const nonAnswer = opts.nonAnswer ?? FITTED_NON_ANSWER_MODEL;
  const spokenQuestion = opts.spokenQuestion ?? FITTED_SPOKEN_QUESTION_MODEL;
  const items: Array<DistilledItem & { stems: Set<string>; last: number }> = [];
  let pendingAsk: { fields: string[]; sentence: Sentence; holdingReplies: Sentence[]; proposed?: boolean } | null = null;
  // A question nobody answered is still something said in the section: keep it as is.
  const flushAsk = () => {
    if (!pendingAsk) return;
    for (const q of [pendingAsk.sentence, ...pendingAsk.holdingReplies]) {
      items.push({ text: valueText(section.id, undefined, q.text), evidence: [evidenceOf(q)], fields: [], stems: keyStems(normalize(q.text)), last: -10 });
    }
    pendingAsk = null;
  };

  // The three sentences before, as what "it" may point back to (a question may come between).
  let earlier = '';
  let before = '';
  let justBefore = '';
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    if (!s.text.trim()) continue;
    const norm = normalizeSpeech(s.text);
    const matches = matchFields(section.id, s.text, norm, earlier + ' ' + before + ' ' + justBefore, spokenQuestion);
    earlier = before;
    before = justBefore;
    justBefore = norm;
    const asked = matches.filter((m) => m.asked);
    const stated = matches.filter((m) => !m.asked).map((m) => m.field);
    if (opts.systemName && section.id === 'system-overview' && !stated.includes('system-name') && definesByName(norm, opts.systemName)) stated.push('system-name');
    // "Escalation path, I am not sure, the matrix is getting changed": what was said of it in passing did not give it.
    if (asked.length === 0) {
      const unknown = saidToBeUnknown(section.id, s.text, norm, stated);
      if (unknown.length) for (const it of items) forgetFields(it, unknown, labelOf);
    }
    const wordCount = spaces(norm) + 1;

    if (asked.length > 0 && stated.length === 0) {
      flushAsk();
      pendingAsk = { fields: asked.map((m) => m.field), sentence: s, holdingReplies: [] };
      continue;
    }
    // "So the users are the tenants, the officers and the contractors?" "Yeah, and the call centre":
    // what the question puts forward is said once the other speaker agrees to it.
    if (matches.length === 0 && putsForward(s.text, norm)) {
      const proposed = matchFields(section.id, s.text.replace(/\?\s*$/, '.'), norm, undefined, spokenQuestion).filter((m) => !m.asked);
      if (proposed.length) {
        flushAsk();
        pendingAsk = { fields: proposed.map((m) => m.field), sentence: s, holdingReplies: [], proposed: true };
        continue;
      }
    }
    // "Environments, is it only production?" "Yeah nah." "Honestly I couldn't tell you": a reply that
    // only holds the floor is not the answer; the same speaker's next sentence is.
    if (pendingAsk && stated.length === 0 && HOLDING_REPLY.test(norm) && sentences[k + 1]?.speaker === s.speaker) {
      pendingAsk.holdingReplies.push(s);
      continue;
    }
    // A bare section title ("Rollback procedure.") is a heading, not an item.
    if (stated.length === 0 && wordCount <= 5 && (opts.announcement?.(s) ?? 0) >= 0.6) {
      flushAsk();
      continue;
    }

    if (pendingAsk && /\?\s*$/.test(s.text)) flushAsk();
    // Only agreeing says what a question put forward; any other reply says what it says itself.
    if (pendingAsk?.proposed && !agreesTo(pendingAsk.sentence, s, norm)) flushAsk();
    const evidence: Evidence[] = [];
    const fields = [...stated];
    let askedField: string | undefined;
    if (pendingAsk?.proposed) {
      // Agreed to: the question holds what is said, so it stays an item of its own with its fields.
      const { sentence: q, fields: put } = pendingAsk;
      items.push({ text: valueText(section.id, put[0], q.text.replace(/\?\s*$/, '.')), evidence: [evidenceOf(q)], fields: put, field: labelOf(put[0]), stems: keyStems(normalize(q.text)), last: -10 });
      pendingAsk = null;
    }
    if (pendingAsk) {
      evidence.push(evidenceOf(pendingAsk.sentence), ...pendingAsk.holdingReplies.map(evidenceOf));
      const asked = pendingAsk.fields;
      if (answersNothing(norm, s.text)) {
        // "Can I say no to one?" "I really don't know, ... I never had to refuse anything": an answer
        // that gives nothing states none of what was asked, whatever words follow.
        for (const f of asked) if (fields.includes(f)) fields.splice(fields.indexOf(f), 1);
        // Asked straight out and not known: what was said of it before did not answer it either
        // ("day to day you go to Priya" ... "who do I escalate to?" "since Dave left I don't know, let me check").
        if (asked.length === 1 && notKnownWhenAsked(pendingAsk.sentence, norm)) for (const it of items) forgetFields(it, asked, labelOf);
      } else {
        const answered = asked.filter((f) => answerFits(section.id, f, s.text, norm));
        if (answered.length) {
          askedField = answered[0];
          for (const f of [...answered].reverse()) if (!fields.includes(f)) fields.unshift(f);
        }
      }
    }
    pendingAsk = null;
    if (fields.length && givesNothing(nonAnswer, norm)) fields.length = 0;
    if (fields.length && wordCount <= 3 && BARE_TOPIC.test(norm) && !hasVerb(norm) && topicThenNothing(s, sentences[k + 1])) fields.length = 0;
    evidence.push(evidenceOf(s));
    if (fields.length > 1) {
      const at = new Map(fields.map((f) => [f, f === askedField ? -1 : cuePosition(section.id, f, norm)]));
      fields.sort((a, b) => at.get(a)! - at.get(b)!);
    }
    const repliedNobody = nobodyInReply(norm) && s.speaker !== undefined && sentences[k - 1]?.speaker !== undefined && sentences[k - 1].speaker !== s.speaker;
    if ((holderGone(norm) || repliedNobody) && !fields.some((f) => PERSON_FIELDS.has(f))) {
      const named = items.find((it) => it.last === k - 1);
      if (named) forgetPeople(named, labelOf);
    }
    // "there is dev and test and prod" then "hmm no wait ... i am not sure anymore what is there now":
    // what was just said is taken back, and nothing new said in its place.
    if (!fields.length && TAKEN_BACK.test(norm)) {
      const said = items.find((it) => it.last === k - 1);
      if (said && (s.speaker === undefined || sentences[k - 1]?.speaker === s.speaker)) forgetFields(said, [...said.fields], labelOf);
    }
    const field = fields[0];
    const stems = keyStems(norm);

    // Said again or corrected shortly after: one item, the later wording, both evidences.
    let prev: (typeof items)[number] | undefined;
    for (let j = items.length - 1; j >= Math.max(0, items.length - 4) && !prev; j--) {
      if (k - items[j].last <= 4 && overlap(items[j].stems, stems) >= 0.75) prev = items[j];
    }
    if (prev) {
      prev.evidence.push(...evidence);
      prev.evidence.sort((a, b) => a.start - b.start);
      for (const f of fields) if (!prev.fields.includes(f)) prev.fields.push(f);
      if (!prev.field && field) prev.field = labelOf(field);
      if (stems.size >= prev.stems.size) {
        prev.text = valueText(section.id, field ?? prev.fields[0], s.text);
        prev.stems = stems;
      }
      prev.last = k;
      continue;
    }
    const item: DistilledItem & { stems: Set<string>; last: number } = {
      text: valueText(section.id, field, s.text),
      evidence,
      fields,
      stems,
      last: k,
    };
    if (field) item.field = labelOf(field);
    items.push(item);
  }
  flushAsk();
  return items.map(({ stems: _s, last: _l, ...it }) => {
    const out: DistilledItem = { text: it.text, evidence: it.evidence, fields: it.fields };
    if (it.field) out.field = it.field;
    return out;
  });
}

/**
 * Raw speech cut into a bare topic and what follows it: "after hours" then "honestly i dont know".
 * The topic names the field; the speaker's next words say nothing of it.
 */
function topicThenNothing(topic: Sentence, next: Sentence | undefined): boolean {
  if (!next || next.speaker !== topic.speaker) return false;
  const reply = normalizeSpeech(next.text);
  return OPENS_NOT_KNOWING.test(reply) && answersNothing(reply, next.text);
}
/** A topic named, not a statement: "after hours", "the escalation", "for on call" ("Bec approves" is said). */
const BARE_TOPIC = /^((and|so|but|then|now|okay|ok|what about) )*(after|out of|outside|during|at|on|in|for|the|our)\b/;
/** A reply that opens by not knowing: "honestly i dont know", "no idea", "good question". */
const OPENS_NOT_KNOWING = /^((honestly|well|um|uh|erm|so|and|but|oh|to be honest) )*((i|we) (honestly |really |just )?(don t|do not) know|no idea|dunno|not sure|good question|who knows)\b/;

/** The item's sentences name nobody who holds a role now: its person fields go, and its label with them. */
function forgetPeople(item: DistilledItem, labelOf: (id: string) => string): void {
  forgetFields(item, [...PERSON_FIELDS], labelOf);
}

/** Taking back what was just said: "no wait ... i am not sure anymore", "och naw, dinnae write that down, I'm making it up". */
const TAKEN_BACK =
  /^((hmm|um|uh|oh|och|ah|well|sorry|wait|actually) )*(no|naw|nah|no no|no wait|wait no)\b.*\b(not sure|don t know|do not know|no idea|can t remember|cannot remember|never (actually |really )?(timed|measured|checked|tested))\b|\b(i m|i am) (just )?making (it|that) up\b|\bscratch that\b|\b(don t|do not) write that down\b/;

/** The item no longer states these fields, nor carries one as its label. */
function forgetFields(item: DistilledItem, forgotten: readonly string[], labelOf: (id: string) => string): void {
  const kept = item.fields.filter((f) => !forgotten.includes(f));
  if (kept.length === item.fields.length) return;
  item.fields = kept;
  if (kept.length) item.field = labelOf(kept[0]);
  else delete item.field;
}
