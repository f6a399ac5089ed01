import { HANDOVER_PROPERTY_KEY, HandoverStateSchema, type HandoverState } from '../handover/state';
import { ConfluenceError, isConfluenceError, type ConfluenceClient, type ContentProperty } from '../confluence';

export interface StoredState {
  property: ContentProperty<unknown>;
  state: HandoverState;
}

/** The page's handover state, or undefined when the page is not a handover page. */
export async function readHandoverState(client: ConfluenceClient, pageId: string): Promise<StoredState | undefined> {
  const property = await client.getProperty(pageId, HANDOVER_PROPERTY_KEY);
  if (!property) return undefined;
  const parsed = HandoverStateSchema.safeParse(property.value);
  if (!parsed.success) {
    throw new ConfluenceError(
      'unexpected',
      'The handover record on this page is damaged; regenerate the handover page to repair it',
      200,
      parsed.error.message.slice(0, 300),
    );
  }
  return { property, state: parsed.data };
}

const MAX_PROPERTY_ATTEMPTS = 3;

/**
 * Writes `next` over `stored`. When someone else wrote the property meanwhile (409), reads
 * it again and lets `rebase` redo the change on top of the fresh state, so neither write is
 * lost.
 */
export async function saveHandoverState(
  client: ConfluenceClient,
  pageId: string,
  stored: StoredState,
  next: HandoverState,
  rebase: (fresh: HandoverState) => HandoverState,
): Promise<StoredState> {
  let current = stored;
  let value = next;
  for (let attempt = 1; ; attempt++) {
    try {
      const property = await client.updateProperty(pageId, current.property, value);
      return { property, state: value };
    } catch (e) {
      if (!isConfluenceError(e, 'conflict') || attempt >= MAX_PROPERTY_ATTEMPTS) throw e;
      const fresh = await readHandoverState(client, pageId);
      if (!fresh) throw e;
      current = fresh;
      value = rebase(fresh.state);
    }
  }
}
