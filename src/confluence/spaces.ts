import { route } from '@forge/api';
import type { ConfluenceHttp } from './http';
import type { Space } from './types';

/** Spaces the caller can see; with `keys`, only those. */
export async function listSpaces(http: ConfluenceHttp, keys?: string[]): Promise<Space[]> {
  if (keys?.length) return http.all<Space>(route`/wiki/api/v2/spaces?keys=${keys.join(',')}&limit=${250}`);
  return http.all<Space>(route`/wiki/api/v2/spaces?limit=${250}`);
}

export async function getSpace(http: ConfluenceHttp, spaceId: string): Promise<Space> {
  return http.json<Space>(route`/wiki/api/v2/spaces/${spaceId}`);
}
