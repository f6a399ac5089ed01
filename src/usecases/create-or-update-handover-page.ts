import { HANDOVER_LABEL, HANDOVER_PROPERTY_KEY, type HandoverState } from '../handover/state';
import { isConfluenceError, type AdfDoc, type ConfluenceClient, type PageWithBody } from '../confluence';
import { recount } from '../handover/derive-state';
import { applyTasks } from './apply-tasks';
import { bodyHash } from '../adf/body-hash';
import { findHandoverPage } from './find-handover-page';
import { readHandoverState, saveHandoverState, type StoredState } from './handover-property';
import { renderHandover, stamped, type RenderInput } from './handover-page-write';
import { taskStatesOf } from '../adf/task-states';

export interface WriteHandoverInput extends RenderInput {
  /** Set after the user agreed to replace a page people edited by hand. */
  confirmReplace?: boolean;
}

export type WriteHandoverResult =
  | {
      needsConfirmation: false;
      created: boolean;
      pageId: string;
      title: string;
      version: number;
      webui?: string;
      state: HandoverState;
    }
  | { needsConfirmation: true; reason: string; pageId: string; webui?: string };

/** How often a write is retried after Confluence says the page changed underneath it. */
const MAX_PAGE_ATTEMPTS = 4;
/** Title suffixes tried when the space already has a page with the handover's title. */
const TITLE_SUFFIXES = ['', ' (2)', ' (3)'];

/**
 * Writes the handover page for the macro's page: creates it the first time (a child page,
 * labelled, with its state property: 4 REST calls with the lookup), and afterwards updates the
 * same page, keeping every tick and verification record.
 */
export async function createOrUpdateHandoverPage(client: ConfluenceClient, input: WriteHandoverInput): Promise<WriteHandoverResult> {
  const existing = await findHandoverPage(client, input.ctx.pageId);
  return existing ? updateHandoverPage(client, existing.id, input) : createHandoverPage(client, input);
}

async function createHandoverPage(client: ConfluenceClient, input: WriteHandoverInput): Promise<WriteHandoverResult> {
  const rendered = renderHandover(input);
  const page = await createWithFreeTitle(client, input, rendered.title, rendered.adf);
  await client.addLabel(page.id, HANDOVER_LABEL);
  const state = stamped(rendered.state, page.version.number, rendered.adf);
  await client.createProperty(page.id, HANDOVER_PROPERTY_KEY, state);
  return {
    needsConfirmation: false,
    created: true,
    pageId: page.id,
    title: page.title,
    version: page.version.number,
    webui: page._links?.webui,
    state,
  };
}

async function createWithFreeTitle(client: ConfluenceClient, input: WriteHandoverInput, title: string, adf: AdfDoc) {
  return withFreeTitle(TITLE_SUFFIXES.map((suffix) => `${title}${suffix}`), (candidate) =>
    client.createPage({ spaceId: input.ctx.spaceId, parentId: input.ctx.pageId, title: candidate, adf }),
  );
}

/**
 * Titles are unique per space, and another page (another handover of a system with the same
 * name) may hold the one we want: the next candidate is tried. The last candidate's failure
 * is the caller's to report.
 */
async function withFreeTitle<T>(candidates: string[], write: (title: string) => Promise<T>): Promise<T> {
  for (const [i, title] of candidates.entries()) {
    try {
      return await write(title);
    } catch (e) {
      const titleTaken = isConfluenceError(e, 'bad-request') && /title/i.test(e.detail);
      if (!titleTaken || i === candidates.length - 1) throw e;
    }
  }
  throw new Error('withFreeTitle: no candidate titles');
}

/** A regenerated page takes its new title, or a numbered one, or else keeps the title it has. */
function updateTitles(wanted: string, current: string): string[] {
  const candidates = TITLE_SUFFIXES.map((suffix) => `${wanted}${suffix}`);
  return candidates.includes(current) ? candidates.slice(0, candidates.indexOf(current) + 1) : [...candidates, current];
}

/** Whether people changed the page since the app last wrote it (ticks do not count). */
export function editedByHand(page: PageWithBody, state: HandoverState): boolean {
  return page.version !== state.pageVersion && bodyHash(page.adf) !== state.bodyHash;
}

async function updateHandoverPage(client: ConfluenceClient, pageId: string, input: WriteHandoverInput): Promise<WriteHandoverResult> {
  let page = await client.getPage(pageId);
  const stored = await readHandoverState(client, pageId);
  if (!input.confirmReplace) {
    const reason = !stored
      ? 'This page was not written by KT Handover (its handover record is missing). Replace its content with the generated handover?'
      : editedByHand(page, stored.state)
        ? handEditReason(stored.state, page)
        : undefined;
    if (reason) return { needsConfirmation: true, reason, pageId, webui: page.webui };
  }

  const owners = { outgoing: input.ctx.config.outgoingOwner, incoming: input.ctx.config.incomingOwners };
  // Ticks are read from the tasks API first, so who verified what is current before rebuilding.
  const withTicks = async (base: HandoverState | undefined) => {
    if (!base) return undefined;
    const tasks = await client.listPageTasks(pageId);
    return applyTasks({ ...base, owners: { ...base.owners, ...owners, incoming: owners.incoming } }, tasks, input.now).state;
  };

  let previous = await withTicks(stored?.state);
  for (let attempt = 1; ; attempt++) {
    const rendered = renderHandover(input, previous, taskStatesOf(page.adf));
    let updated: Awaited<ReturnType<ConfluenceClient['updatePage']>>;
    try {
      const baseVersion = page.version;
      updated = await withFreeTitle(updateTitles(rendered.title, page.title), (title) =>
        client.updatePage({ id: pageId, title, adf: rendered.adf, baseVersion, message: 'Regenerated by KT Handover' }),
      );
    } catch (e) {
      if (!isConfluenceError(e, 'conflict') || attempt >= MAX_PAGE_ATTEMPTS) throw e;
      // Someone ticked or edited meanwhile: start again from the fresh page and tasks,
      // and ask first if what landed was a hand edit.
      page = await client.getPage(pageId);
      if (!input.confirmReplace && stored && editedByHand(page, stored.state)) {
        return { needsConfirmation: true, reason: handEditReason(stored.state, page), pageId, webui: page.webui };
      }
      previous = await withTicks(previous);
      continue;
    }
    const state = stamped(rendered.state, updated.version.number, rendered.adf);
    await saveState(client, pageId, stored, state);
    return {
      needsConfirmation: false,
      created: false,
      pageId,
      title: updated.title,
      version: updated.version.number,
      webui: updated._links?.webui ?? page.webui,
      state,
    };
  }
}

function handEditReason(state: HandoverState, page: PageWithBody): string {
  return `Someone edited the handover page by hand since KT Handover last wrote it (version ${state.pageVersion}, now ${page.version}). Regenerating replaces those edits; ticks and verification records are kept.`;
}

async function saveState(
  client: ConfluenceClient,
  pageId: string,
  stored: StoredState | undefined,
  state: HandoverState,
): Promise<void> {
  if (!stored) {
    try {
      await client.createProperty(pageId, HANDOVER_PROPERTY_KEY, state);
      return;
    } catch (e) {
      if (!isConfluenceError(e, 'conflict') && !isConfluenceError(e, 'bad-request')) throw e;
      const fresh = await readHandoverState(client, pageId);
      if (!fresh) throw e;
      stored = fresh;
    }
  }
  // A reconcile may have recorded a tick meanwhile: keep its verification, take our page facts.
  await saveHandoverState(client, pageId, stored, state, (fresh) => keepFreshVerification(state, fresh));
}

/** `ours` with the verification (records, task states, history) of `fresh`, section by section. */
function keepFreshVerification(ours: HandoverState, fresh: HandoverState): HandoverState {
  const freshByTask = new Map(fresh.sections.map((s) => [s.taskLocalId, s]));
  const sections = ours.sections.map((s) => {
    const f = freshByTask.get(s.taskLocalId);
    if (!f) return s;
    const { verified, flagged, taskState } = f;
    const merged = { ...s, taskState };
    delete merged.verified;
    delete merged.flagged;
    return { ...merged, ...(verified ? { verified } : {}), ...(flagged ? { flagged } : {}) };
  });
  return recount({ ...ours, sections, history: fresh.history });
}
