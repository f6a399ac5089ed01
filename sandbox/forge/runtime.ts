import { AsyncLocalStorage } from 'node:async_hooks';
import crypto from 'node:crypto';

/**
 * A local stand-in for the Forge function runtime. `@forge/api` reaches products only through
 * `global.__forge_fetch__` and reads invocation data from `global.__forge_runtime__`; setting
 * those two lets unchanged product code call the sandbox over real HTTP as the invoking user
 * (asUser) or as the app (asApp). The user is bound per invocation with AsyncLocalStorage, as
 * the real runtime binds it per invocation.
 */

export const SANDBOX_APP_ID = '00000000-0000-4000-8000-00000000a11e';
export const SANDBOX_ENVIRONMENT_ID = '00000000-0000-4000-8000-0000000e0001';
export const SANDBOX_CLOUD_ID = 'sandbox';
export const SANDBOX_INSTALL_CONTEXT = `ari:cloud:confluence::site/${SANDBOX_CLOUD_ID}`;
/** The per-invocation time limit of resolvers, reported through `getRemainingTimeInMillis`. */
const INVOCATION_MS = 25_000;

interface Invocation {
  accountId?: string;
  moduleKey?: string;
  invocationId: string;
  deadline: number;
}

const invocations = new AsyncLocalStorage<Invocation>();

export interface LocalForgeOptions {
  /** Base URL of the sandbox (or the local site that mounts it), e.g. `http://127.0.0.1:4321`. */
  confluenceUrl: string;
  appVersion?: string;
  scopes?: string[];
}

interface FetchArgs {
  type: string;
  provider?: string;
  remote?: string;
  accountId?: string;
}

function headersOf(init: RequestInit | undefined): Headers {
  return new Headers((init?.headers ?? {}) as HeadersInit);
}

function proxyError(reason: string, status = 401): Response {
  return new Response(null, { status, headers: { 'forge-proxy-error': reason } });
}

let installed: { uninstall(): void } | undefined;

/** Sets the two globals `@forge/api` calls. Returns `uninstall()`; installing again replaces the target. */
export function installLocalForgeRuntime(options: LocalForgeOptions): { uninstall(): void } {
  installed?.uninstall();
  const base = options.confluenceUrl.replace(/\/+$/, '');
  const g = globalThis as unknown as Record<string, unknown>;
  const previous = { fetch: g.__forge_fetch__, runtime: g.__forge_runtime__ };

  g.__forge_fetch__ = async (args: FetchArgs, path: string, init?: RequestInit): Promise<Response> => {
    if (args.type !== 'fpp') throw new Error(`The local Forge runtime proxies product requests only (got type '${args.type}')`);
    if (args.remote && args.remote !== 'confluence') {
      throw new Error(`The local Forge runtime only knows Confluence (got remote '${args.remote}')`);
    }
    if (typeof path !== 'string' || !path.startsWith('/')) throw new Error(`Product paths must start with '/': ${path}`);
    const headers = headersOf(init);
    if (args.provider === 'user') {
      const accountId = args.accountId ?? invocations.getStore()?.accountId;
      // As in Forge: no user in this invocation (e.g. a trigger) means asUser cannot call.
      if (!accountId) return proxyError('NEEDS_AUTHENTICATION_ERR');
      headers.set('authorization', `Bearer sandbox-user:${accountId}`);
    } else {
      headers.set('authorization', 'Bearer sandbox-app');
    }
    return fetch(`${base}${path}`, { ...init, headers });
  };

  const appContext = () => {
    const inv = invocations.getStore();
    return {
      appId: SANDBOX_APP_ID,
      appVersion: options.appVersion ?? '1.0.0',
      environmentId: SANDBOX_ENVIRONMENT_ID,
      environmentType: 'DEVELOPMENT',
      invocationId: inv?.invocationId ?? 'no-invocation',
      installationId: 'sandbox-installation',
      moduleKey: inv?.moduleKey ?? '',
      license: undefined,
      installation: undefined,
      permissions: { scopes: options.scopes ?? [], external: {} },
    };
  };
  const noopTimer = { measure: () => ({ stop: () => undefined }) };
  g.__forge_runtime__ = {
    get appContext() {
      return appContext();
    },
    get aaid() {
      return invocations.getStore()?.accountId;
    },
    contextAri: SANDBOX_INSTALL_CONTEXT,
    metrics: {
      counter: () => ({ incr: () => undefined, decr: () => undefined }),
      timing: () => noopTimer,
      gauge: () => ({ set: () => undefined }),
    },
    lambdaContext: {
      getRemainingTimeInMillis: () => {
        const inv = invocations.getStore();
        return inv ? Math.max(0, inv.deadline - Date.now()) : INVOCATION_MS;
      },
    },
    externalAuth: [],
  };

  const handle = {
    uninstall() {
      g.__forge_fetch__ = previous.fetch;
      g.__forge_runtime__ = previous.runtime;
      if (installed === handle) installed = undefined;
    },
  };
  installed = handle;
  return handle;
}

export interface InvokeOptions {
  functionKey?: string;
  payload?: unknown;
  /** The invoking user; asUser calls act as them. Omit for app-only invocations. */
  accountId?: string;
  /** The Forge context the UI sends (see `macroContext`). */
  context?: Record<string, unknown>;
  moduleKey?: string;
}

/**
 * A Forge function export. Each one types its own request (a resolver, a trigger), so the
 * sandbox accepts any parameter types and calls it with what Forge would send.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ForgeFunction = (request: any, backend: any) => unknown;

/** JSON round trip: what crosses the bridge between Custom UI and a function. */
const overTheWire = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/**
 * Calls a Forge function export as Forge does:
 * `handler({call: {functionKey, payload}, context}, {principal: {accountId}, installContext})`,
 * with the user bound for asUser calls made anywhere inside it.
 */
export async function invokeFunction<R = unknown>(
  handler: ForgeFunction,
  options: InvokeOptions,
): Promise<R> {
  const inv: Invocation = {
    accountId: options.accountId,
    moduleKey: options.moduleKey ?? (options.context?.moduleKey as string | undefined),
    invocationId: crypto.randomUUID(),
    deadline: Date.now() + INVOCATION_MS,
  };
  const request = {
    call: { functionKey: options.functionKey, payload: overTheWire(options.payload) },
    context: overTheWire(options.context ?? {}),
  };
  const backend = {
    principal: options.accountId ? { accountId: options.accountId } : undefined,
    installContext: SANDBOX_INSTALL_CONTEXT,
    license: undefined,
    installation: undefined,
  };
  const result = await invocations.run(inv, async () => handler(request, backend));
  return overTheWire(result) as R;
}

/** Calls a trigger function with an event, as the app (no user bound), like Forge delivers product events. */
export async function invokeTrigger(
  handler: ForgeFunction,
  event: unknown,
  moduleKey = 'kt-handover-task-trigger',
): Promise<unknown> {
  const inv: Invocation = { moduleKey, invocationId: crypto.randomUUID(), deadline: Date.now() + 55_000 };
  const context = { installContext: SANDBOX_INSTALL_CONTEXT, principal: undefined };
  return invocations.run(inv, async () => handler(overTheWire(event), context));
}

/** What a Forge macro's resolver receives as `context` in the sandbox (the contract's shape). */
export function macroContext(input: {
  pageId: string;
  spaceId: string;
  spaceKey: string;
  config?: Record<string, unknown>;
  localId?: string;
  isEditing?: boolean;
}): Record<string, unknown> {
  return {
    localId: input.localId ?? 'kt-macro-local-id',
    cloudId: SANDBOX_CLOUD_ID,
    moduleKey: 'kt-handover-macro',
    extension: {
      type: 'macro',
      content: { id: input.pageId, type: 'page' },
      space: { id: input.spaceId, key: input.spaceKey },
      config: input.config ?? {},
      isEditing: input.isEditing ?? false,
    },
  };
}
