import { route } from '@forge/api';
import type { ConfluenceHttp } from './http';
import type { Task } from './types';

/** Every task on the page (both states): who completed it and when only lives here, not in the ADF. */
export async function listPageTasks(http: ConfluenceHttp, pageId: string): Promise<Task[]> {
  return http.all<Task>(route`/wiki/api/v2/tasks?page-id=${pageId}&limit=${250}`);
}
