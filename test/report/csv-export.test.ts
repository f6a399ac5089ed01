import { CSV_HEADERS, toCsv } from '../../src/usecases/report/csv';
import { toDisplayRow } from '../../src/usecases/report/display';
import { toReportRow, type HandoverHit } from '../../src/usecases/report/row';
import { NOW, handoverState } from './support/states';
import { csvRecords, parseCsv } from './support/parse-csv';

function rowFor(title: string, system: string, spaceKey = 'DEMO') {
  const state = { ...handoverState('in-verification', { generatedDaysAgo: 20, verifiedDaysAgo: 25 }), systemName: system };
  const hit: HandoverHit = { pageId: '1', title, url: `https://site/wiki/spaces/${spaceKey}/pages/1`, spaceKey, spaceName: 'X', property: state };
  return toDisplayRow(toReportRow(hit, NOW), { [state.owners.outgoing!]: 'Noor O\'Brien, "Ops"' });
}

describe('CSV export', () => {
  it('has the report columns and one record per row, read back exactly by a CSV reader', () => {
    const rows = [rowFor('Handover: Order API', 'Order API'), rowFor('Handover: Ledger, "v2"\nnotes', 'Ledger')];
    const csv = toCsv(rows);
    const [header] = parseCsv(csv);
    expect(header).toEqual([...CSV_HEADERS]);
    const records = csvRecords(csv);
    expect(records).toHaveLength(2);
    expect(records[1].Page).toBe('Handover: Ledger, "v2"\nnotes');
    expect(records[0]['Outgoing owner']).toBe('Noor O\'Brien, "Ops"');
    expect(records[0].Verified).toBe(String(rows[0].row.verified));
    expect(records[0].Sections).toBe('13');
    expect(records[0].Status).toBe('In verification');
    expect(records[0].Flags).toBe('Unverified > 14 days; Regenerated after verification');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    const rows = [
      rowFor('=HYPERLINK("http://evil.example","click")', '+SUM(A1:A9)'),
      rowFor('@cmd', '-2+3', 'OPS'),
    ];
    const records = csvRecords(toCsv(rows));
    expect(records[0].Page).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(records[0].System).toBe("'+SUM(A1:A9)");
    expect(records[1].Page).toBe("'@cmd");
    expect(records[1].System).toBe("'-2+3");
    // Counts are numbers, never prefixed.
    expect(records[1].Covered).toMatch(/^\d+$/);
  });

  it('starts with a UTF-8 BOM and ends records with CRLF, as spreadsheet apps expect', () => {
    const csv = toCsv([rowFor('Handover: Café Ordering', 'Café')]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csvRecords(csv)[0].Page).toBe('Handover: Café Ordering');
  });
});
