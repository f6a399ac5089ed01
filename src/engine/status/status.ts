/**
 * Covered / partial / missing from the template's required fields. A field counts only
 * when a sentence placed in the section states it (see items/fields.ts); a keyword or
 * a promise is not enough.
 */
import type { MissingField, SectionStatus } from '../model';
import type { TemplateSection } from '../template/schema';
import type { DistilledItem } from '../items/distil';

export interface SectionVerdict {
  status: SectionStatus;
  /** Labels of the fields nobody stated, in template order. */
  missing: string[];
}

/**
 * Sections asking for "at least one" thing (one field) also count it stated when two or
 * more substantial items were said there, since such knowledge has no fixed wording.
 */
const SUBSTANTIAL_WORDS = 5;

export function sectionStatus(section: TemplateSection, items: DistilledItem[]): SectionVerdict {
  const stated = new Set(items.flatMap((it) => it.fields));
  if (section.fields.length === 1) {
    const substantial = items.filter((it) => it.text.split(/\s+/).length >= SUBSTANTIAL_WORDS).length;
    if (substantial >= 2) stated.add(section.fields[0].id);
  }
  const missing = section.fields.filter((f) => !stated.has(f.id)).map((f) => f.label);
  const status: SectionStatus =
    missing.length === 0 ? 'covered' : missing.length === section.fields.length ? 'missing' : 'partial';
  return { status, missing };
}

export function missingFields(verdicts: Array<{ id: string; missing: string[] }>): MissingField[] {
  return verdicts.flatMap((v) => v.missing.map((field) => ({ section: v.id, field })));
}
