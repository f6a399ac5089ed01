/**
 * Covered / partial / missing from the template's required fields. A field counts only
 * when a sentence placed in the section states it (see items/fields.ts); a keyword or
 * a promise is not enough.
 */
import type { MissingField, SectionStatus } from '../model';
import type { TemplateSection } from '../template/schema';
import type { DistilledItem } from '../items/distil';
import { FIELD_CUES, asksSomething, saysNothing } from '../items/fields';
import { normalizeSpeech } from '../sections/text';
import { FITTED_NON_ANSWER_MODEL, givesNothing, type NonAnswerModel } from '../items/non-answer';

export interface SectionVerdict {
  status: SectionStatus;
  /** Labels of the fields nobody stated, in template order. */
  missing: string[];
}

/**
 * Free-form fields (tribal knowledge has no fixed wording) also count as stated when two
 * or more substantial items were said in the section. Fields with a shape of their own
 * (a period, a plan by week) need a sentence that states them: a misplaced anecdote
 * mentioning "midnight" is not a bad window.
 */
const SUBSTANTIAL_WORDS = 8;

export function sectionStatus(section: TemplateSection, items: DistilledItem[], nonAnswer: NonAnswerModel = FITTED_NON_ANSWER_MODEL): SectionVerdict {
  const stated = new Set(items.flatMap((it) => it.fields));
  // Only free-form fields are stated by talk alone; judging talk costs a regex pass per item.
  const freeForm = section.fields.filter((f) => FIELD_CUES[section.id]?.[f.id]?.freeForm);
  if (freeForm.length && substantialItems(items, 2, nonAnswer) >= 2) for (const f of freeForm) stated.add(f.id);
  let leftUnfinished = false;
  for (const f of section.fields) {
    const cue = FIELD_CUES[section.id]?.[f.id];
    const unfinished = cue?.unfinished;
    if (cue?.periods && stated.has(f.id)) {
      const periods = distinctPeriods(items, f.id, cue.periods);
      if (periods < 2) stated.delete(f.id);
      // "The first week you shadow me; after that we did not make a plan": one week planned, the rest left open.
      if (periods === 1 && unfinished && items.some((it) => unfinished.test(normalizeSpeech(it.text)))) leftUnfinished = true;
    }
    const reaches = cue?.reaches;
    if (
      (unfinished && stated.has(f.id) && items.some((it) => unfinished.test(normalizeSpeech(it.text)))) ||
      (reaches && stated.has(f.id) && !items.some((it) => reaches.test(normalizeSpeech(it.text))))
    ) {
      stated.delete(f.id);
      leftUnfinished = true;
    }
  }
  const missing = section.fields.filter((f) => !stated.has(f.id)).map((f) => f.label);
  const none = missing.length === section.fields.length && !leftUnfinished && !saidInPart(section, items);
  const status: SectionStatus = missing.length === 0 ? 'covered' : none ? 'missing' : 'partial';
  return { status, missing };
}

/** Whether some item says one of the section's fields in part (where the thing is, not the thing). */
function saidInPart(section: TemplateSection, items: DistilledItem[]): boolean {
  const partly = section.fields.map((f) => FIELD_CUES[section.id]?.[f.id]?.partly).filter((p): p is RegExp => p !== undefined);
  if (!partly.length) return false;
  return items.some((it) => {
    const n = normalizeSpeech(it.text);
    return partly.some((p) => p.test(n));
  });
}

/** How many items are statements of some length, counting up to `enough`. */
function substantialItems(items: DistilledItem[], enough: number, nonAnswer: NonAnswerModel): number {
  let n = 0;
  for (const it of items) if (isSubstantial(it.text, nonAnswer) && ++n >= enough) break;
  return n;
}

/** A statement of some length: not a fragment, a question, a promise or a shrug. */
function isSubstantial(text: string, nonAnswer: NonAnswerModel): boolean {
  if (text.split(/\s+/).length < SUBSTANTIAL_WORDS || asksSomething(text)) return false;
  const norm = normalizeSpeech(text);
  return !saysNothing(norm) && !givesNothing(nonAnswer, norm);
}

function distinctPeriods(items: DistilledItem[], field: string, periods: RegExp): number {
  const seen = new Set<string>();
  for (const it of items) {
    if (!it.fields.includes(field)) continue;
    for (const period of periodsPlanned(normalizeSpeech(it.text), periods)) seen.add(period);
  }
  return seen.size;
}

/**
 * The periods a sentence says something for. Periods only listed at its end ("a plan for my first
 * month like week one week two") name what a plan would cover, and plan nothing.
 */
function periodsPlanned(norm: string, periods: RegExp): string[] {
  const found = [...norm.matchAll(periods)];
  // Back from the end: periods one after another, nothing after the last, at most a word between.
  let firstListed = found.length;
  let nextStart = norm.length;
  let gapAllowed = 0;
  while (firstListed > 0) {
    const m = found[firstListed - 1];
    if (wordsBetween(norm, m.index + m[0].length, nextStart) > gapAllowed) break;
    firstListed--;
    nextStart = m.index;
    gapAllowed = 1;
  }
  const listedAtEnd = found.length - firstListed >= 2;
  return (listedAtEnd ? found.slice(0, firstListed) : found).map((m) => m[0]);
}

function wordsBetween(norm: string, from: number, to: number): number {
  const between = norm.slice(from, to).trim();
  return between ? between.split(' ').length : 0;
}

export function missingFields(verdicts: Array<{ id: string; missing: string[] }>): MissingField[] {
  return verdicts.flatMap((v) => v.missing.map((field) => ({ section: v.id, field })));
}
