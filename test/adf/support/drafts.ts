import type { HandoverDraft, HandoverItem, SectionDraft } from '../../../src/engine/model';
import { KT_DEFAULT_TEMPLATE } from '../../../src/engine/template/kt-default';

/**
 * A hand-made draft over the real KT template: every field of every section is stated
 * (with one evidence span pointing into `transcript`), except the fields listed in
 * `missing`. Item texts can be overridden to inject hostile text.
 */
export function draftFor(opts: {
  transcript: string;
  missing?: Record<string, string[]>;
  texts?: Record<string, string>;
}): HandoverDraft {
  const { transcript } = opts;
  const sections: SectionDraft[] = KT_DEFAULT_TEMPLATE.sections.map((section, si) => {
    const missing = opts.missing?.[section.id] ?? [];
    const items: HandoverItem[] = section.fields
      .filter((f) => !missing.includes(f.label))
      .map((f, fi) => {
        const start = ((si * 7 + fi * 3) * 11) % Math.max(1, transcript.length - 40);
        return {
          field: f.label,
          text: opts.texts?.[`${section.id}/${f.label}`] ?? `${f.label} of the system, as stated.`,
          evidence: [{ start, end: Math.min(transcript.length, start + 40), time: `00:0${si % 10}:1${fi % 10}`, speaker: 'Priya' }],
        };
      });
    const status = missing.length === 0 ? 'covered' : items.length === 0 ? 'missing' : 'partial';
    return { id: section.id, title: section.title, status, items, missing };
  });
  return {
    template: KT_DEFAULT_TEMPLATE.id,
    sections,
    missing: sections.flatMap((s) => s.missing.map((field) => ({ section: s.id, field }))),
  };
}

export const SAMPLE_TRANSCRIPT =
  'Priya: The system name is order processing platform. It takes orders from the web app and partners. ' +
  'The architecture page is https://example.atlassian.net/wiki/spaces/ENG/pages/42/Architecture and it was updated last quarter. ' +
  'Never touch the Terraform state files; the on-call lead approves any rollback. '.repeat(3);

/** Every node in an ADF tree, depth first. */
export function nodesOf(node: unknown): Array<{ type: string; text?: string; attrs?: Record<string, unknown>; marks?: Array<{ type: string; attrs?: Record<string, unknown> }>; content?: unknown[] }> {
  const out: ReturnType<typeof nodesOf> = [];
  const walk = (n: any) => {
    out.push(n);
    for (const c of n.content ?? []) walk(c);
  };
  walk(node);
  return out;
}
