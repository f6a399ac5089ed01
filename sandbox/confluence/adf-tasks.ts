/**
 * Confluence derives its tasks API from the taskItem nodes of a page body; the sandbox does the
 * same on every body write, so the app sees tasks exactly where it wrote them.
 */

export interface AdfNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: AdfNode[];
  text?: string;
  [key: string]: unknown;
}

export interface TaskItemInfo {
  localId: string;
  state: 'TODO' | 'DONE';
  /** The taskItem node itself, JSON, kept as the task body. */
  node: string;
}

function walk(node: AdfNode, visit: (n: AdfNode) => void): void {
  visit(node);
  if (Array.isArray(node.content)) for (const child of node.content) walk(child, visit);
}

export function parseAdf(value: string): AdfNode | undefined {
  try {
    const doc = JSON.parse(value);
    return doc && typeof doc === 'object' && typeof doc.type === 'string' ? (doc as AdfNode) : undefined;
  } catch {
    return undefined;
  }
}

/** Every taskItem with a localId, in document order; duplicates keep the first occurrence. */
export function taskItemsOf(doc: AdfNode | undefined): TaskItemInfo[] {
  if (!doc) return [];
  const seen = new Set<string>();
  const out: TaskItemInfo[] = [];
  walk(doc, (n) => {
    if (n.type !== 'taskItem') return;
    const localId = n.attrs?.localId;
    if (typeof localId !== 'string' || !localId || seen.has(localId)) return;
    seen.add(localId);
    out.push({ localId, state: n.attrs?.state === 'DONE' ? 'DONE' : 'TODO', node: JSON.stringify(n) });
  });
  return out;
}

/** Sets one taskItem's state in place; returns whether the item was found. */
export function setTaskItemState(doc: AdfNode, localId: string, state: 'TODO' | 'DONE'): boolean {
  let found = false;
  walk(doc, (n) => {
    if (n.type === 'taskItem' && n.attrs?.localId === localId) {
      n.attrs = { ...n.attrs, state };
      found = true;
    }
  });
  return found;
}

/**
 * The first words of a page for a search excerpt, read straight from the stored JSON: search
 * answers up to 1,000 results, and parsing every whole body for a line of text is wasted work.
 */
export function excerptOf(body: string, max = 200): string {
  const re = /"text":"((?:[^"\\]|\\.)*)"/g;
  const parts: string[] = [];
  let size = 0;
  let m: RegExpExecArray | null;
  while (size < max && (m = re.exec(body))) {
    let text = m[1];
    try {
      text = JSON.parse(`"${m[1]}"`) as string;
    } catch {
      // keep the raw text
    }
    parts.push(text);
    size += text.length + 1;
  }
  return parts.join(' ').slice(0, max);
}
