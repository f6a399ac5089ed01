/**
 * The site's server-side view of Confluence: the sandbox REST API, called over HTTP as the
 * signed-in user (so the site shows only what that user may see, as Confluence would).
 */
export interface RestAnswer<T = any> {
  status: number;
  json: T;
}

export class Rest {
  constructor(public base: string) {}

  async call<T = any>(accountId: string, path: string, init: { method?: string; body?: unknown } = {}): Promise<RestAnswer<T>> {
    const res = await fetch(`${this.base}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        authorization: `Bearer sandbox-user:${accountId}`,
        accept: 'application/json',
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
    const text = await res.text();
    let json: any = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = { message: text };
    }
    return { status: res.status, json };
  }

  /** Follows `_links.next` cursors until the list ends (bounded, the site never needs more). */
  async all<T = any>(accountId: string, path: string, maxPages = 20): Promise<T[]> {
    const out: T[] = [];
    let next: string | undefined = path;
    for (let i = 0; next && i < maxPages; i++) {
      const answer: RestAnswer = await this.call(accountId, next);
      if (answer.status !== 200) break;
      out.push(...((answer.json?.results ?? []) as T[]));
      const link: string | undefined = answer.json?._links?.next;
      next = link ? (link.startsWith('/wiki') ? link : `/wiki${link}`) : undefined;
    }
    return out;
  }
}
