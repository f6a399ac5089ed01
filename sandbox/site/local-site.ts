import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createSandboxApp, type SandboxApp } from '../confluence';
import { deliverTaskEvents, installLocalForgeRuntime, invokeFunction, type TaskEventDelivery } from '../forge';
import { seedDemo, type DemoSeed } from '../seed/demo';
import { loadAppFunctions } from './app-functions';
import { startSite, type Site } from './server';

/**
 * Everything `npm start` runs, in one call (the e2e tests call it too): the sandbox
 * Confluence, the demo content on an empty database, the app's functions behind a local
 * Forge runtime, the task-event trigger, and the site that serves it all.
 */
export interface LocalSiteOptions {
  /** Where confluence.db lives (KT_SANDBOX_DIR); ':memory:' for a throwaway site. */
  dir?: string;
  port?: number;
  host?: string;
  root?: string;
}

export interface LocalSite extends Site {
  sandbox: SandboxApp;
  delivery?: TaskEventDelivery;
  /** Resolves when the app has handled every task event emitted so far. */
  settled(): Promise<void>;
  /** The demo content (made on an empty database, found again on a later start). */
  demo: DemoSeed;
}

export async function startLocalSite(options: LocalSiteOptions = {}): Promise<LocalSite> {
  const root = options.root ?? resolve(__dirname, '..', '..');
  const dir = options.dir ?? process.env.KT_SANDBOX_DIR ?? resolve(root, '.sandbox');
  if (dir !== ':memory:') mkdirSync(dir, { recursive: true });
  const sandbox = createSandboxApp({ dir });
  const app = loadAppFunctions(root);
  let delivery: TaskEventDelivery | undefined;
  if (app.taskTrigger) delivery = deliverTaskEvents(sandbox, app.taskTrigger);
  const settled = async () => {
    // A trigger's own page writes may emit further events: wait until the chain stays still.
    for (let i = 0; i < 10 && delivery; i++) {
      const before = delivery.delivered;
      await delivery.idle();
      await new Promise((r) => setTimeout(r, 30));
      if (delivery.delivered === before) break;
    }
  };
  const site = await startSite({
    root,
    sandbox,
    app,
    settled,
    port: options.port,
    host: options.host,
    invoke: (handler, opts) => invokeFunction(handler, opts),
  });
  const runtime = installLocalForgeRuntime({ confluenceUrl: site.url });
  const demo = seedDemo(sandbox, { baseUrl: site.url });
  return {
    ...site,
    sandbox,
    delivery,
    settled,
    demo,
    async close() {
      delivery?.stop();
      runtime.uninstall();
      await site.close();
      sandbox.close();
    },
  };
}
