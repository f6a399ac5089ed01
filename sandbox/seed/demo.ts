import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { principalFor } from '../confluence/principals';
import { pageLinks } from '../confluence/shapes';
import type { ConfluenceStore, PageRow } from '../confluence/store';
import { SANDBOX_APP_ID, SANDBOX_ENVIRONMENT_ID } from '../forge/runtime';

/**
 * The demo content of the contract: in DEMO, an architecture page and a "KT" page that holds
 * the app's macro and the seed transcript as an attachment. Idempotent: a second call returns
 * what the first made.
 */

export const MACRO_MODULE_KEY = 'kt-handover-macro';
export const MACRO_EXTENSION_KEY = `${SANDBOX_APP_ID}/${SANDBOX_ENVIRONMENT_ID}/static/${MACRO_MODULE_KEY}`;
export const SEED_TRANSCRIPT = 'seed-order-platform.txt';
const ARCHITECTURE_TITLE = 'Order platform architecture';
const KT_TITLE = 'Order platform KT';

export interface DemoSeed {
  space: { id: string; key: string; name: string };
  architecturePage: { id: string; title: string; webui: string };
  ktPage: { id: string; title: string };
  /** localId of the macro's extension node on the KT page (the Forge context's `localId`). */
  macroLocalId: string;
  /** The macro's saved config (`extension.config` in the Forge context). */
  macroConfig: { architectureUrl: string; outgoingOwner: string; incomingOwners: string[] };
  attachment: { id: string; title: string };
}

const text = (t: string) => ({ type: 'text', text: t });
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
const heading = (level: number, t: string) => ({ type: 'heading', attrs: { level }, content: [text(t)] });

/** An ADF `extension` node for the Forge macro, as Confluence stores a Custom UI macro. */
export function forgeMacroNode(localId: string, config: Record<string, unknown>) {
  return {
    type: 'extension',
    attrs: {
      extensionType: 'com.atlassian.ecosystem',
      extensionKey: MACRO_EXTENSION_KEY,
      parameters: {
        localId,
        extensionId: `ari:cloud:ecosystem::extension/${MACRO_EXTENSION_KEY}`,
        extensionTitle: 'KT Handover',
        layout: 'extension',
        forgeEnvironment: 'DEVELOPMENT',
        guestParams: config,
      },
      layout: 'default',
      localId,
    },
  };
}

function architectureBody() {
  return {
    type: 'doc',
    version: 1,
    content: [
      heading(1, 'Order platform architecture'),
      paragraph(text('The order platform takes orders from the web shop, reserves stock and hands paid orders to fulfilment.')),
      heading(2, 'Components'),
      {
        type: 'bulletList',
        content: ['order-api (Node.js, REST)', 'order-worker (queue consumer)', 'PostgreSQL orders database', 'Kafka topic orders.v2'].map(
          (item) => ({ type: 'listItem', content: [paragraph(text(item))] }),
        ),
      },
    ],
  };
}

function transcriptFile(): Buffer {
  return fs.readFileSync(path.join(__dirname, 'assets', SEED_TRANSCRIPT));
}

/** `baseUrl` (default: the server's url, else http://localhost:3000) makes the architecture smart link absolute. */
export function seedDemo(server: { store: ConfluenceStore; url?: string }, options: { baseUrl?: string } = {}): DemoSeed {
  const store = server.store;
  const owner = principalFor(store.db, 'user-outgoing')!;
  const space = store.spaceByKey(owner, 'DEMO');
  const existing = (title: string): PageRow | undefined =>
    store.listPages(owner, { spaceIds: [space.id], title }, { offset: 0, limit: 1 })[0];

  const architecture =
    existing(ARCHITECTURE_TITLE) ??
    store.createPage(owner, { spaceId: space.id, title: ARCHITECTURE_TITLE, body: JSON.stringify(architectureBody()) });
  const webui = pageLinks(architecture, space.key).webui;
  const macroConfig = {
    architectureUrl: `${options.baseUrl ?? server.url ?? 'http://localhost:3000'}/wiki${webui}`,
    outgoingOwner: 'user-outgoing',
    incomingOwners: ['user-incoming'],
  };

  let kt = existing(KT_TITLE);
  if (!kt) {
    const localId = crypto.randomUUID();
    const body = {
      type: 'doc',
      version: 1,
      content: [
        paragraph(text('Knowledge transfer for the order platform: Priya Raman hands over to Alex Chen.')),
        paragraph(text(`The call transcript is attached as ${SEED_TRANSCRIPT}. Run the KT Handover macro below to draft the handover page.`)),
        forgeMacroNode(localId, macroConfig),
      ],
    };
    kt = store.createPage(owner, { spaceId: space.id, title: KT_TITLE, body: JSON.stringify(body) });
  }
  const doc = JSON.parse(kt.body) as { content: Array<{ type: string; attrs?: { localId?: string; parameters?: { guestParams?: unknown } } }> };
  const macro = doc.content.find((n) => n.type === 'extension');
  const macroLocalId = macro?.attrs?.localId ?? '';

  const attachment =
    store.attachments(owner, kt.id, { filename: SEED_TRANSCRIPT }, { offset: 0, limit: 1 })[0] ??
    store.putAttachment(owner, kt.id, { title: SEED_TRANSCRIPT, mediaType: 'text/plain', data: transcriptFile() }, false);

  return {
    space: { id: String(space.id), key: space.key, name: space.name },
    architecturePage: { id: String(architecture.id), title: architecture.title, webui },
    ktPage: { id: String(kt.id), title: kt.title },
    macroLocalId,
    macroConfig: (macro?.attrs?.parameters?.guestParams as DemoSeed['macroConfig']) ?? macroConfig,
    attachment: { id: `att${attachment.id}`, title: attachment.title },
  };
}
