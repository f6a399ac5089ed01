import { HANDOVER_LABEL } from '../handover/state';
import { cqlString, type ConfluenceClient } from '../confluence';

/**
 * The handover page written for the macro on `macroPageId`, found by what the app puts on it:
 * a child page of the macro's page carrying the `kt-handover` label. One CQL call, so a new
 * page still costs at most four. (CQL indexing can lag a moment behind a write; a regeneration
 * comes minutes after the first run, so that is acceptable.)
 */
export interface FoundHandoverPage {
  id: string;
  title: string;
  url?: string;
}

export async function findHandoverPage(client: ConfluenceClient, macroPageId: string): Promise<FoundHandoverPage | undefined> {
  const cql = `type = page and label = ${cqlString(HANDOVER_LABEL)} and parent = ${cqlString(macroPageId)}`;
  const hits = await client.searchCql(cql, 5);
  const pages = hits.flatMap((h) => (h.content?.id ? [{ id: h.content.id, title: h.content.title ?? h.title ?? '', url: h.url }] : []));
  // Oldest first: if a failed run ever left two, keep updating the original.
  return pages.sort((a, b) => Number(a.id) - Number(b.id))[0];
}
