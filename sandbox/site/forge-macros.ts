import type { AdfNode } from './adf-render';

/**
 * Forge macros as Confluence stores them in a page's ADF: an `extension` node of type
 * `com.atlassian.ecosystem` whose `extensionKey` ends with the macro's module key, and
 * whose saved config lives in `parameters.guestParams` (where Confluence keeps a Forge
 * macro's config).
 */
export const FORGE_EXTENSION_TYPE = 'com.atlassian.ecosystem';

export function isForgeMacro(node: AdfNode): boolean {
  return (
    (node.type === 'extension' || node.type === 'bodiedExtension') &&
    (node.attrs?.extensionType === FORGE_EXTENSION_TYPE || /kt-handover/.test(String(node.attrs?.extensionKey ?? '')))
  );
}

export function macroLocalId(node: AdfNode): string {
  return String(node.attrs?.localId ?? node.attrs?.parameters?.localId ?? '');
}

export function macroModuleKey(node: AdfNode): string {
  const key = String(node.attrs?.extensionKey ?? '');
  return key.split('/').pop() || key;
}

export function macroConfig(node: AdfNode): Record<string, unknown> {
  const p = node.attrs?.parameters ?? {};
  return (p.guestParams ?? p.config ?? {}) as Record<string, unknown>;
}

/** Every Forge macro on the page, in document order. */
export function findMacros(doc: AdfNode): AdfNode[] {
  const out: AdfNode[] = [];
  const walk = (n: AdfNode) => {
    if (!n || typeof n !== 'object') return;
    if (isForgeMacro(n)) out.push(n);
    (n.content ?? []).forEach(walk);
  };
  walk(doc);
  return out;
}

export function findMacro(doc: AdfNode, localId: string): AdfNode | undefined {
  return findMacros(doc).find((n) => macroLocalId(n) === localId);
}

/** Writes a new config into the node in place (the editor's "save macro"). */
export function setMacroConfig(node: AdfNode, config: Record<string, unknown>): void {
  node.attrs = node.attrs ?? {};
  const p = (node.attrs.parameters = node.attrs.parameters ?? {});
  if (p.config !== undefined && p.guestParams === undefined) p.config = config;
  else p.guestParams = config;
}
