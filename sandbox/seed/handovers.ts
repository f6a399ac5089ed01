import { principalFor } from '../confluence/principals';
import type { ConfluenceStore } from '../confluence/store';

/**
 * Many labelled handover pages with a `kt-handover` property and 13 tasks each, spread over the
 * three spaces: the load the admin report meets (benchmarks, report tests).
 */
export function seedHandoverPages(store: ConfluenceStore, count: number, options: { bodyParagraphs?: number } = {}): string[] {
  const author = principalFor(store.db, 'user-outgoing')!;
  const spaces = [131073, 131074, 131075];
  const statuses = ['draft', 'in-verification', 'verified', 'signed-off'];
  const filler = 'The order worker retries failed payments three times before parking the order for a human. ';
  const ids: string[] = [];
  store.db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const tasks = Array.from({ length: 13 }, (_, s) => ({
        type: 'taskItem',
        attrs: { localId: `seed-${i}-task-${s}`, state: s < i % 14 ? 'DONE' : 'TODO' },
        content: [{ type: 'text', text: 'Verified by incoming owner' }],
      }));
      const body = {
        type: 'doc',
        version: 1,
        content: [
          ...Array.from({ length: options.bodyParagraphs ?? 40 }, () => ({ type: 'paragraph', content: [{ type: 'text', text: filler.repeat(3) }] })),
          { type: 'taskList', attrs: { localId: `seed-${i}-list` }, content: tasks },
        ],
      };
      const page = store.createPage(author, { spaceId: spaces[i % 3], title: `Handover: System ${String(i).padStart(5, '0')}`, body: JSON.stringify(body) });
      store.addLabels(author, page.id, [{ prefix: 'global', name: 'kt-handover' }]);
      const verified = Math.min(13, i % 14);
      store.createProperty(author, page.id, 'kt-handover', {
        schemaVersion: 1,
        status: statuses[i % 4],
        counts: { covered: 9, partial: 2, missing: 2, verified, missingRequired: i % 5 },
        generatedAt: new Date(Date.UTC(2026, 10, 1 + (i % 28))).toISOString(),
      });
      ids.push(String(page.id));
    }
  })();
  return ids;
}
