/**
 * The macro's only way to the app: `@forge/bridge` `invoke` on the resolvers. Each
 * wrapper unwraps the resolver's answer into the shape the UI shows; a resolver that
 * answers `{ error }` instead of throwing is turned into a thrown error here, so the UI
 * has one error path.
 */
import { invoke, view } from '@forge/bridge';
import type {
  AttachmentOption,
  HandoverStatusInfo,
  MacroConfig,
  PageFiles,
  PageOption,
  PageResult,
  PreviewResult,
  TranscriptSource,
  UserOption,
} from './types';

class ResolverError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

type Answer = Record<string, any>;

/**
 * The app's resolvers answer `{ ok: true, value }` or `{ ok: false, error: { code, message } }`;
 * a thrown bridge error (network, missing function) arrives as a rejected promise.
 */
async function call<T = Answer>(key: string, payload?: Record<string, unknown>): Promise<T> {
  const answer = (await invoke(key, payload)) as Answer | undefined;
  if (answer && typeof answer === 'object' && 'ok' in answer) {
    if (answer.ok) return answer.value as T;
    const err = answer.error as { code?: string; message?: string; status?: number } | string | undefined;
    if (typeof err === 'string') throw new ResolverError(err, err);
    throw new ResolverError(err?.message ?? 'Request failed', err?.code, err?.status);
  }
  return (answer ?? {}) as T;
}

function sourcePayload(source: TranscriptSource): Record<string, unknown> {
  return source.kind === 'paste' ? { source: { text: source.text } } : { source: { attachmentId: source.attachmentId } };
}

let siteUrl = '';

/** Confluence answers page links relative to `<site>/wiki`; the macro needs them whole. */
export function pageUrl(link: string | undefined): string | undefined {
  if (!link) return undefined;
  if (/^https?:\/\//i.test(link)) return link;
  const path = link.startsWith('/wiki/') ? link : `/wiki${link.startsWith('/') ? '' : '/'}${link}`;
  return `${siteUrl}${path}`;
}

export async function getContext(): Promise<{ pageId?: string; config: MacroConfig; isConfig: boolean; accountId?: string }> {
  const ctx = (await view.getContext()) as { accountId?: string; siteUrl?: string; extension?: Record<string, any> };
  const ext = ctx.extension ?? {};
  siteUrl = (ctx.siteUrl ?? '').replace(/\/$/, '');
  return {
    accountId: ctx.accountId,
    pageId: ext.content?.id,
    config: (ext.config ?? {}) as MacroConfig,
    isConfig: ext.isConfig === true,
  };
}

export async function saveConfig(config: MacroConfig): Promise<void> {
  await view.submit({ config });
}

export async function preview(source: TranscriptSource): Promise<PreviewResult> {
  const answer = await call<Answer>('preview', sourcePayload(source));
  return {
    draft: answer.draft,
    text: answer.text ?? (source.kind === 'paste' ? source.text : undefined),
    systemName: answer.systemName,
    architectureUrl: answer.architectureUrl,
  };
}

/** The page's transcripts to choose from, and the other files with why they are not offered. */
export async function listAttachments(): Promise<PageFiles> {
  const answer = await call<Answer>('listAttachments', {});
  const list = (answer.attachments ?? []) as Array<Record<string, any>>;
  const others = (answer.others ?? []) as Array<Record<string, any>>;
  return {
    transcripts: list.map((a) => ({
      id: String(a.id),
      title: String(a.title ?? a.id),
      mediaType: a.mediaType,
      fileSize: a.fileSize,
      supported: true,
    })),
    others: others.map((o) => ({ title: String(o.title), mediaType: o.mediaType, reason: String(o.reason) })),
  };
}

/** The macro's config is not sent: the app reads it from the Forge context, as it does the page and user. */
export async function createOrUpdatePage(source: TranscriptSource, confirmReplace = false): Promise<PageResult> {
  const answer = await call<Answer>('createOrUpdatePage', { ...sourcePayload(source), ...(confirmReplace ? { confirmReplace } : {}) });
  if (answer.needsConfirmation) {
    return { status: 'needs-confirmation', pageId: answer.pageId, url: pageUrl(answer.webui), message: answer.reason };
  }
  return {
    status: answer.created ? 'created' : 'updated',
    pageId: answer.pageId,
    title: answer.title,
    url: pageUrl(answer.webui),
    verified: answer.state?.counts?.verified,
    total: answer.state?.sections?.length,
  };
}

export async function getHandoverStatus(): Promise<HandoverStatusInfo> {
  const answer = await call<Answer>('getHandoverStatus', {});
  if (!answer.exists) return { exists: false, people: answer.people ?? {} };
  const state = answer.state ?? {};
  return {
    exists: true,
    pageId: answer.pageId,
    title: answer.title,
    url: pageUrl(answer.url),
    status: state.status,
    verified: state.counts?.verified,
    total: state.sections?.length,
    incomingOwners: state.owners?.incoming,
    people: answer.people ?? {},
  };
}

/** People for the owner pickers, by the first letters of their names. */
export async function searchUsers(query: string): Promise<UserOption[]> {
  if (!query.trim()) return [];
  const answer = await call<Answer>('searchUsers', { query: query.trim() });
  return ((answer.users ?? []) as Array<Record<string, any>>).map((u) => ({ accountId: String(u.accountId), displayName: String(u.displayName) }));
}

/** Pages for the architecture picker, by title; `url` is the page's whole address. */
export async function searchPages(query: string): Promise<PageOption[]> {
  const answer = await call<Answer>('searchPages', { query });
  return ((answer.pages ?? []) as Array<Record<string, any>>).map((p) => ({
    id: String(p.id),
    title: String(p.title),
    url: pageUrl(String(p.url ?? '')) ?? '',
    spaceKey: p.spaceKey,
  }));
}
