import { createHash } from 'node:crypto';

/**
 * A fingerprint of what a reader sees on a page: node types, text, and the few attributes
 * that carry meaning (heading level, link targets, lozenge text, which task is which).
 * Everything else is left out on purpose:
 * - task states, because ticking a task in view mode changes the body and bumps the version
 *   but is not a hand edit;
 * - ids, layout and macro metadata, which Confluence may add or rewrite when it stores ADF
 *   (unconfirmed without a live site), so the app's own body must still match after a round trip.
 */
export function bodyHash(adf: unknown): string {
  return createHash('sha256').update(JSON.stringify(project(adf))).digest('hex');
}

/** Attributes that change what the page says, by node or mark type. */
const MEANINGFUL_ATTRS: Record<string, readonly string[]> = {
  heading: ['level'],
  panel: ['panelType'],
  status: ['text', 'color'],
  date: ['timestamp'],
  mention: ['id'],
  inlineCard: ['url'],
  blockCard: ['url'],
  embedCard: ['url'],
  taskItem: ['localId'],
  decisionItem: ['state'],
  codeBlock: ['language'],
  extension: ['extensionKey'],
  bodiedExtension: ['extensionKey'],
  inlineExtension: ['extensionKey'],
  expand: ['title'],
  nestedExpand: ['title'],
  orderedList: ['order'],
  link: ['href'],
  textColor: ['color'],
};

type Projected = string | number | boolean | null | Projected[] | { [k: string]: Projected };

function project(node: unknown): Projected {
  if (Array.isArray(node)) return node.map(project);
  if (!node || typeof node !== 'object') return (node ?? null) as Projected;
  const n = node as { type?: unknown; text?: unknown; attrs?: Record<string, unknown>; content?: unknown; marks?: unknown };
  const type = typeof n.type === 'string' ? n.type : '';
  const out: { [k: string]: Projected } = { t: type };
  if (typeof n.text === 'string') out.x = n.text;
  const keep = MEANINGFUL_ATTRS[type] ?? [];
  const attrs = keep.filter((k) => n.attrs?.[k] !== undefined && n.attrs?.[k] !== null).map((k) => [k, String(n.attrs![k])]);
  if (attrs.length) out.a = attrs.flat();
  if (Array.isArray(n.marks) && n.marks.length) out.m = n.marks.map(project);
  if (Array.isArray(n.content) && n.content.length) out.c = n.content.map(project);
  return out;
}
