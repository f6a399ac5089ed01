/** A readable handover draft for people: sections in template order, status, items, gaps. */
import type { HandoverDraft } from '../engine/model';

const BADGE: Record<string, string> = { covered: 'covered', partial: 'PARTIAL', missing: 'MISSING' };

export function renderMarkdown(draft: HandoverDraft): string {
  const lines: string[] = ['# Knowledge-transfer handover (draft)', ''];
  const counts = { covered: 0, partial: 0, missing: 0 };
  for (const s of draft.sections) counts[s.status]++;
  lines.push(
    `${draft.sections.length} sections: ${counts.covered} covered, ${counts.partial} partial, ${counts.missing} missing. ` +
      'Every item quotes the call; times point to where it was said.',
    '',
  );
  draft.sections.forEach((s, i) => {
    lines.push(`## ${i + 1}. ${s.title} — ${BADGE[s.status]}`, '');
    if (s.items.length === 0) lines.push('_Nothing was said about this in the call._');
    for (const it of s.items) {
      const where = it.evidence
        .map((e) => [e.time, e.speaker].filter(Boolean).join(' '))
        .filter(Boolean);
      const ref = where.length ? ` _(${[...new Set(where)].join('; ')})_` : '';
      lines.push(`- ${it.field ? `**${it.field}:** ` : ''}${escapeMd(it.text)}${ref}`);
    }
    if (s.missing.length) lines.push('', `Still to be stated: ${s.missing.join('; ')}.`);
    lines.push('');
  });
  if (draft.missing.length) {
    lines.push('## What the call did not cover', '');
    for (const m of draft.missing) lines.push(`- ${sectionTitle(draft, m.section)}: ${m.field}`);
    lines.push('');
  }
  return lines.join('\n');
}

const sectionTitle = (d: HandoverDraft, id: string) => d.sections.find((s) => s.id === id)?.title ?? id;

/** Transcript text is untrusted: keep it from turning into Markdown markup. */
function escapeMd(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}
