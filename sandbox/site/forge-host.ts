import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AdfNode } from './adf-render';
import type { AppFunctions, ForgeHandler } from './app-functions';
import { findMacro, macroConfig, macroLocalId, setMacroConfig } from './forge-macros';
import type { Rest } from './rest';

/**
 * The part of Confluence that hosts Forge Custom UI: serves each resource's built files in
 * an iframe with the bridge shim injected, and answers the bridge's calls. Identity comes
 * from the site's cookie and the context from the page the macro sits on, never from what
 * the frame sends: a frame only says which macro it is.
 */

export type InvokeFn = (
  handler: ForgeHandler,
  opts: { functionKey?: string; payload?: unknown; accountId: string; context: Record<string, unknown> },
) => Promise<unknown>;

export interface FrameRef {
  kind: 'macro' | 'report';
  pageId?: string;
  localId?: string;
  isConfig?: boolean;
  frameId?: string;
}

export class BridgeError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export interface ForgeHostOptions {
  root: string;
  rest: Rest;
  app: AppFunctions;
  invoke: InvokeFn;
  siteUrl(): string;
}

export class ForgeHost {
  constructor(private readonly o: ForgeHostOptions) {}

  distDir(kind: 'macro' | 'report'): string {
    return join(this.o.root, 'static', kind, 'dist');
  }

  isBuilt(kind: 'macro' | 'report'): boolean {
    return existsSync(join(this.distDir(kind), 'index.html'));
  }

  /** The resource's index.html with the frame's identity and the bridge shim placed first. */
  frameHtml(frame: FrameRef): string {
    const file = join(this.distDir(frame.kind), 'index.html');
    if (!existsSync(file)) {
      return `<!doctype html><p style="font-family:sans-serif">The ${frame.kind} UI is not built. Run <code>npm run build:ui</code>, then reload.</p>`;
    }
    const html = readFileSync(file, 'utf8');
    const inject =
      `<script>window.__ktFrame=${JSON.stringify(frame).replace(/</g, '\\u003c')};</script>` +
      `<script src="/__forge/bridge-shim.js"></script>`;
    return html.replace(/<head>/i, `<head>${inject}`);
  }

  private async macroContext(accountId: string, frame: FrameRef): Promise<{ context: Record<string, unknown>; page: any; doc: AdfNode; node: AdfNode }> {
    if (!frame.pageId || !/^\d+$/.test(frame.pageId) || !frame.localId) throw new BridgeError(400, 'This macro frame does not name its page.');
    const answer = await this.o.rest.call(accountId, `/wiki/api/v2/pages/${frame.pageId}?body-format=atlas_doc_format`);
    if (answer.status === 429 || answer.status === 503) throw new BridgeError(503, 'Confluence is busy, try again in a minute.', 'BUSY');
    if (answer.status !== 200) throw new BridgeError(answer.status === 404 ? 404 : 403, "You can't see the page this macro is on.", 'NO_PERMISSION');
    const page = answer.json;
    const doc = JSON.parse(page.body?.atlas_doc_format?.value ?? '{"type":"doc","content":[]}') as AdfNode;
    const node = findMacro(doc, frame.localId);
    if (!node) throw new BridgeError(404, 'This macro is no longer on the page. Reload the page.', 'NOT_FOUND');
    const space = await this.o.rest.call(accountId, `/wiki/api/v2/spaces/${page.spaceId}`);
    const context = {
      accountId,
      cloudId: 'sandbox',
      siteUrl: this.o.siteUrl(),
      localId: macroLocalId(node),
      moduleKey: this.o.app.macro.moduleKey,
      environmentId: 'sandbox',
      environmentType: 'DEVELOPMENT',
      locale: 'en-US',
      timezone: 'UTC',
      extension: {
        type: 'macro',
        content: { id: String(page.id), type: 'page' },
        space: { id: String(page.spaceId), key: space.json?.key },
        config: macroConfig(node),
        isEditing: false,
        ...(frame.isConfig ? { isConfig: true } : {}),
      },
    };
    return { context, page, doc, node };
  }

  private reportContext(accountId: string): Record<string, unknown> {
    const r = this.o.app.report!;
    return {
      accountId,
      cloudId: 'sandbox',
      siteUrl: this.o.siteUrl(),
      localId: `${r.moduleKey}-local`,
      moduleKey: r.moduleKey,
      environmentId: 'sandbox',
      environmentType: 'DEVELOPMENT',
      locale: 'en-US',
      timezone: 'UTC',
      extension: { type: 'confluence:globalPage' },
    };
  }

  /** One bridge call from a frame, answered as Forge would. */
  async handle(accountId: string, frame: FrameRef, type: string, payload: any): Promise<unknown> {
    if (frame?.kind !== 'macro' && frame?.kind !== 'report') throw new BridgeError(400, 'Unknown frame.');
    if (frame.kind === 'report') {
      const context = this.reportContext(accountId);
      if (type === 'getContext') return context;
      if (type === 'invoke') {
        const handler = this.o.app.report?.handler;
        if (!handler) throw new BridgeError(501, 'The app has no resolver for the Handovers page yet.');
        return this.o.invoke(handler, { functionKey: payload?.functionKey, payload: payload?.payload, accountId, context });
      }
      throw new BridgeError(400, `The Handovers page cannot ${type}.`);
    }
    const { context, page, doc, node } = await this.macroContext(accountId, frame);
    if (type === 'getContext') return context;
    if (type === 'invoke') {
      const handler = this.o.app.macro.handler;
      if (!handler) throw new BridgeError(501, "The app's macro resolver is missing from src/index.ts.");
      return this.o.invoke(handler, { functionKey: payload?.functionKey, payload: payload?.payload, accountId, context });
    }
    if (type === 'submit') {
      const config = payload?.config;
      // As in Confluence: only the macro's config panel can submit, and only as { config: {...} }.
      if (!frame.isConfig || !config || typeof config !== 'object' || Array.isArray(config)) return false;
      setMacroConfig(node, config);
      const put = await this.o.rest.call(accountId, `/wiki/api/v2/pages/${page.id}`, {
        method: 'PUT',
        body: {
          id: String(page.id),
          status: 'current',
          title: page.title,
          body: { representation: 'atlas_doc_format', value: JSON.stringify(doc) },
          version: { number: page.version.number + 1, message: 'Macro settings saved' },
        },
      });
      if (put.status === 409) throw new BridgeError(409, 'Someone changed the page at the same time. Try again.', 'CONFLICT');
      if (put.status === 403 || put.status === 404) throw new BridgeError(403, "You don't have permission to edit this page.", 'NO_PERMISSION');
      if (put.status !== 200) throw new BridgeError(put.status, 'Confluence could not save the settings. Try again.', 'BUSY');
      return true;
    }
    throw new BridgeError(400, `Unsupported bridge call ${type}.`);
  }
}
