export { confluenceAsApp, confluenceAsUser, createConfluenceClient, type ConfluenceClient } from './client';
export { ConfluenceError, isConfluenceError, type ConfluenceErrorCode } from './errors';
export { cqlString, type FoundPage } from './search';
export type { RetryPolicy } from './retry';
export type { AdfDoc, Attachment, ContentProperty, PageWithBody, SearchHit, Space, Task } from './types';
export type { NewPage, PageUpdate } from './pages';
export type { FoundUser } from './users';
