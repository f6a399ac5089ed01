import { createHash } from 'node:crypto';

/**
 * A fingerprint of a page body that ignores task states. Ticking a task in view mode changes
 * the body and bumps the version, but it is not a hand edit: only changes to anything else
 * mean people edited the page and a regeneration must ask before replacing it.
 * Keys are sorted so that a store which reorders attributes does not look like an edit.
 */
export function bodyHash(adf: unknown): string {
  return createHash('sha256').update(canonical(adf)).digest('hex');
}

function canonical(node: unknown): string {
  if (Array.isArray(node)) return `[${node.map(canonical).join(',')}]`;
  if (node && typeof node === 'object') {
    const obj = node as Record<string, unknown>;
    const keys = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .filter((k) => !(k === 'state' && isTaskItemAttrs(obj)))
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`).join(',')}}`;
  }
  return JSON.stringify(node ?? null);
}

// Only taskItem attrs carry both a localId and a TODO/DONE state.
function isTaskItemAttrs(obj: Record<string, unknown>): boolean {
  return typeof obj.localId === 'string' && (obj.state === 'TODO' || obj.state === 'DONE');
}
