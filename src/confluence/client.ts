import api from '@forge/api';
import { addLabel, createPage, getPage, updatePage, type NewPage, type PageUpdate } from './pages';
import { createProperty, getProperty, updateProperty } from './properties';
import { downloadAttachment, listAttachments } from './attachments';
import { listPageTasks } from './tasks';
import { searchCql, searchPagesByTitle, type FoundPage } from './search';
import { getSpace, listSpaces } from './spaces';
import { displayNames, searchUsers, type FoundUser } from './users';
import { ConfluenceHttp, type ConfluenceFetch } from './http';
import type { RetryPolicy } from './retry';
import type { ContentProperty } from './types';

/**
 * The app's only way into Confluence. Use-cases get one of these, made for the user who
 * triggered them (`confluenceAsUser`) or, where Forge gives no user (task events), for the
 * app (`confluenceAsApp`).
 */
export interface ConfluenceClient {
  createPage(page: NewPage): ReturnType<typeof createPage>;
  getPage(id: string): ReturnType<typeof getPage>;
  updatePage(update: PageUpdate): ReturnType<typeof updatePage>;
  addLabel(pageId: string, name: string): Promise<void>;
  getProperty<V = unknown>(pageId: string, key: string): Promise<ContentProperty<V> | undefined>;
  createProperty<V>(pageId: string, key: string, value: V): Promise<ContentProperty<V>>;
  updateProperty<V>(pageId: string, current: ContentProperty<unknown>, value: V): Promise<ContentProperty<V>>;
  listAttachments(pageId: string): ReturnType<typeof listAttachments>;
  downloadAttachment(pageId: string, attachmentId: string): Promise<Buffer>;
  listPageTasks(pageId: string): ReturnType<typeof listPageTasks>;
  searchCql(cql: string, max?: number): ReturnType<typeof searchCql>;
  searchPagesByTitle(text: string, limit?: number): Promise<FoundPage[]>;
  listSpaces(keys?: string[]): ReturnType<typeof listSpaces>;
  getSpace(spaceId: string): ReturnType<typeof getSpace>;
  searchUsers(query: string, limit?: number): Promise<FoundUser[]>;
  /** accountId → display name; unknown ids are left out. */
  displayNames(accountIds: string[]): Promise<Record<string, string>>;
}

export function createConfluenceClient(fetch: ConfluenceFetch, retry: Partial<RetryPolicy> = {}): ConfluenceClient {
  const http = new ConfluenceHttp(fetch, retry);
  return {
    createPage: (page) => createPage(http, page),
    getPage: (id) => getPage(http, id),
    updatePage: (update) => updatePage(http, update),
    addLabel: (pageId, name) => addLabel(http, pageId, name),
    getProperty: (pageId, key) => getProperty(http, pageId, key),
    createProperty: (pageId, key, value) => createProperty(http, pageId, key, value),
    updateProperty: (pageId, current, value) => updateProperty(http, pageId, current, value),
    listAttachments: (pageId) => listAttachments(http, pageId),
    downloadAttachment: (pageId, attachmentId) => downloadAttachment(http, pageId, attachmentId),
    listPageTasks: (pageId) => listPageTasks(http, pageId),
    searchCql: (cql, max) => searchCql(http, cql, max),
    searchPagesByTitle: (text, limit) => searchPagesByTitle(http, text, limit),
    listSpaces: (keys) => listSpaces(http, keys),
    getSpace: (spaceId) => getSpace(http, spaceId),
    searchUsers: (query, limit) => searchUsers(http, query, limit),
    displayNames: (ids) => displayNames(http, ids),
  };
}

/** For everything a user does in the macro: Confluence applies that user's permissions. */
export const confluenceAsUser = (retry?: Partial<RetryPolicy>) => createConfluenceClient(api.asUser(), retry);

/** Only for task events, where Forge runs the trigger with no user. */
export const confluenceAsApp = (retry?: Partial<RetryPolicy>) => createConfluenceClient(api.asApp(), retry);
