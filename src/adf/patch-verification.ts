import { paragraph, text } from '@atlaskit/adf-utils/builders';
import { bold } from './inline';
import { PAGE_PROPERTIES_ID, pageProperties } from './page-properties';
import { verificationLine } from './verification';
import type { SectionDraft } from '../engine/model';
import { KT_DEFAULT_TEMPLATE } from '../engine/template/kt-default';
import type { HandoverState } from '../handover/state';
import type { AdfDoc } from './doc';

/**
 * The page body with only what verification changes brought up to date: the Page Properties
 * table and each section's "Verification:" line. Everything else (including hand edits) is left
 * as it is, because reconcile has no draft to rebuild from and must not undo people's work.
 */
export function patchVerification(adf: AdfDoc, state: HandoverState): AdfDoc {
  const copy = structuredClone(adf) as AdfDoc;
  const details = pageProperties(state, sectionTitles(state), {});
  const lines = new Map(
    state.sections.map((s) => [s.taskLocalId, paragraph(bold('Verification:'), text(' '), ...verificationLine(s, {}))]),
  );
  visitArrays(copy, (content) => {
    for (let i = 0; i < content.length; i++) {
      const node = content[i];
      if (isPagePropertiesMacro(node)) content[i] = details;
      const taskId = verifyTaskIdOf(node);
      const next = content[i + 1];
      if (taskId && lines.has(taskId) && isVerificationLine(next)) content[i + 1] = lines.get(taskId);
    }
  });
  return copy;
}

interface Node {
  type?: string;
  attrs?: Record<string, any>;
  content?: unknown[];
  marks?: Array<{ type: string }>;
  text?: string;
}

function visitArrays(node: unknown, visit: (content: unknown[]) => void): void {
  if (!node || typeof node !== 'object') return;
  const content = (node as Node).content;
  if (!Array.isArray(content)) return;
  visit(content);
  for (const child of content) visitArrays(child, visit);
}

function isPagePropertiesMacro(node: unknown): boolean {
  const n = node as Node;
  return n?.type === 'bodiedExtension' && n.attrs?.extensionKey === 'details' && n.attrs?.parameters?.macroParams?.id?.value === PAGE_PROPERTIES_ID;
}

/** The localId of the single task in a section's verification task list. */
function verifyTaskIdOf(node: unknown): string | undefined {
  const n = node as Node;
  if (n?.type !== 'taskList' || !Array.isArray(n.content)) return undefined;
  const item = n.content.find((c) => (c as Node)?.type === 'taskItem') as Node | undefined;
  return typeof item?.attrs?.localId === 'string' ? item.attrs.localId : undefined;
}

function isVerificationLine(node: unknown): boolean {
  const first = (node as Node)?.type === 'paragraph' ? ((node as Node).content?.[0] as Node | undefined) : undefined;
  return first?.type === 'text' && first.text === 'Verification:' && !!first.marks?.some((m) => m.type === 'strong');
}

function sectionTitles(state: HandoverState): SectionDraft[] {
  const template = KT_DEFAULT_TEMPLATE.id === state.templateId ? KT_DEFAULT_TEMPLATE : undefined;
  return state.sections.map((s) => ({
    id: s.id,
    title: template?.sections.find((t) => t.id === s.id)?.title ?? s.id,
    status: s.status,
    items: [],
    missing: [],
  }));
}
