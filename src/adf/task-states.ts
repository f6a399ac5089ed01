/** Reading and setting the TODO/DONE state of a body's taskItems by localId. */

interface Node {
  type?: string;
  attrs?: Record<string, unknown>;
  content?: unknown[];
}

function walk(node: unknown, visit: (n: Node) => void): void {
  if (!node || typeof node !== 'object') return;
  const n = node as Node;
  visit(n);
  if (Array.isArray(n.content)) for (const child of n.content) walk(child, visit);
}

export type TaskState = 'TODO' | 'DONE';

export function taskStatesOf(adf: unknown): Map<string, TaskState> {
  const states = new Map<string, TaskState>();
  walk(adf, (n) => {
    const id = n.attrs?.localId;
    if (n.type === 'taskItem' && typeof id === 'string' && !states.has(id)) {
      states.set(id, n.attrs?.state === 'DONE' ? 'DONE' : 'TODO');
    }
  });
  return states;
}

/** A copy of `adf` whose taskItems take their state from `states` where it names them. */
export function withTaskStates<T>(adf: T, states: ReadonlyMap<string, TaskState>): T {
  const copy = structuredClone(adf);
  walk(copy, (n) => {
    const id = n.attrs?.localId;
    if (n.type === 'taskItem' && typeof id === 'string' && states.has(id)) n.attrs = { ...n.attrs, state: states.get(id) };
  });
  return copy;
}
