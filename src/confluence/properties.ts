import { route } from '@forge/api';
import type { ConfluenceHttp } from './http';
import type { ContentProperty } from './types';

/** The page's content property with this key, or undefined when it was never written. */
export async function getProperty<V = unknown>(http: ConfluenceHttp, pageId: string, key: string): Promise<ContentProperty<V> | undefined> {
  const page = await http.json<{ results?: ContentProperty<V>[] }>(route`/wiki/api/v2/pages/${pageId}/properties?key=${key}`);
  return page.results?.find((p) => p.key === key);
}

export async function createProperty<V>(http: ConfluenceHttp, pageId: string, key: string, value: V): Promise<ContentProperty<V>> {
  return http.json<ContentProperty<V>>(route`/wiki/api/v2/pages/${pageId}/properties`, { method: 'POST', json: { key, value } });
}

/** Properties are updated by id, with the next version number; a stale one answers 409. */
export async function updateProperty<V>(http: ConfluenceHttp, pageId: string, current: ContentProperty<unknown>, value: V): Promise<ContentProperty<V>> {
  return http.json<ContentProperty<V>>(route`/wiki/api/v2/pages/${pageId}/properties/${current.id}`, {
    method: 'PUT',
    json: { key: current.key, value, version: { number: current.version.number + 1 } },
  });
}
