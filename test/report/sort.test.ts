import { toDisplayRow } from '../../src/usecases/report/display';
import { toReportRow } from '../../src/usecases/report/row';
import { sortRows } from '../../src/usecases/report/sort';
import type { HandoverStatus } from '../../src/handover/state';
import { NOW, handoverState } from './support/states';

const row = (id: string, status: HandoverStatus, title: string) =>
  toDisplayRow(
    toReportRow({ pageId: id, title, url: '', spaceKey: 'DEMO', spaceName: 'Order Platform', property: handoverState(status) }, NOW),
    {},
  );

describe('sorting the report', () => {
  const rows = [row('1', 'verified', 'Handover: b'), row('2', 'draft', 'Handover: A 10'), row('3', 'signed-off', 'Handover: A 9'), row('4', 'in-verification', 'Handover: c')];

  it('sorts status in workflow order, both ways', () => {
    expect(sortRows(rows, 'status', 'ASC').map((r) => r.row.status)).toEqual(['draft', 'in-verification', 'verified', 'signed-off']);
    expect(sortRows(rows, 'status', 'DESC').map((r) => r.row.status)).toEqual(['signed-off', 'verified', 'in-verification', 'draft']);
  });

  it('sorts titles naturally and case-insensitively (A 9 before A 10)', () => {
    expect(sortRows(rows, 'page', 'ASC').map((r) => r.row.title)).toEqual(['Handover: A 9', 'Handover: A 10', 'Handover: b', 'Handover: c']);
  });

  it('keeps the search order for ties, so repeated sorts do not shuffle rows', () => {
    expect(sortRows(rows, 'space', 'ASC').map((r) => r.row.pageId)).toEqual(['3', '2', '1', '4']);
    const same = rows.map((r) => ({ ...r, row: { ...r.row, missingRequired: 1 } }));
    expect(sortRows(same, 'missingRequired', 'DESC').map((r) => r.row.pageId)).toEqual(['1', '2', '3', '4']);
  });
});
