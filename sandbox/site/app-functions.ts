import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Finds the app's functions the way Forge does: from manifest.yml (module → function key
 * → `handler: index.<export>`), then the exports of src/index.ts. When the manifest is
 * missing or does not name something, the conventional export names are used.
 */
export type ForgeHandler = (...args: any[]) => any;

export interface AppFunctions {
  macro: { moduleKey: string; functionKey: string; handler?: ForgeHandler };
  report?: { moduleKey: string; functionKey: string; route: string; title: string; handler?: ForgeHandler };
  taskTrigger?: ForgeHandler;
}

interface Manifest {
  modules?: Record<string, Array<Record<string, any>>>;
}

export function loadAppFunctions(root: string): AppFunctions {
  let app: Record<string, unknown> = {};
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    app = require(join(root, 'src', 'index')) as Record<string, unknown>;
  } catch (e) {
    // Only a missing entry point is tolerated (the site still shows pages); a broken one must be seen.
    if ((e as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND' || !String((e as Error).message).includes(join(root, 'src', 'index'))) throw e;
    console.warn('[site] src/index.ts is missing: the macro will answer that the app has no functions.');
  }
  const manifestPath = join(root, 'manifest.yml');
  const manifest: Manifest = existsSync(manifestPath) ? (parse(readFileSync(manifestPath, 'utf8')) as Manifest) : {};
  const modules = manifest.modules ?? {};
  const fnByKey = new Map<string, string>();
  for (const f of modules.function ?? []) fnByKey.set(String(f.key), String(f.handler ?? ''));

  const exportFor = (functionKey: string | undefined, fallbacks: string[]): ForgeHandler | undefined => {
    const handler = functionKey ? fnByKey.get(functionKey) : undefined;
    const names = [...(handler ? [handler.split('.').pop()!] : []), ...fallbacks];
    for (const n of names) if (typeof app[n] === 'function') return app[n] as ForgeHandler;
    return undefined;
  };

  const macroModule = (modules.macro ?? [])[0] ?? {};
  const macroFn = macroModule.resolver?.function as string | undefined;
  const pageModule = (modules['confluence:globalPage'] ?? [])[0];
  const pageFn = pageModule?.resolver?.function as string | undefined;
  const trigger = (modules.trigger ?? []).find((t) => (t.events ?? []).some((e: string) => /updated:task/.test(e)));

  return {
    macro: { moduleKey: String(macroModule.key ?? 'kt-handover-macro'), functionKey: macroFn ?? 'resolver', handler: exportFor(macroFn, ['resolver', 'handler']) },
    report: {
      moduleKey: String(pageModule?.key ?? 'kt-handover-report'),
      functionKey: pageFn ?? 'report-resolver',
      route: String(pageModule?.route ?? 'handovers'),
      title: String(pageModule?.title ?? 'Handovers'),
      handler: exportFor(pageFn, ['reportResolver', 'report']),
    },
    taskTrigger: exportFor(trigger?.function as string | undefined, ['onTaskUpdated', 'taskTrigger', 'taskUpdated']),
  };
}
