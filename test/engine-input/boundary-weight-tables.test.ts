import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { featureWeight } from '../../src/engine/sentences/boundary-weights';
import { forEachRow, weightTables } from '../../src/engine/sentences/boundary-weight-tables';

describe('the boundary weights laid out as tables', () => {
  test('each weight the trainer keeps is read back at its word, pair and kind; a weight not kept is 0', () => {
    const tables = weightTables([
      ['c=okay', 1.5],
      ['n=okay', -0.25],
      ['pc=so_the', 0.75],
      ['pp=top_up_card', 2],
      ['c:marker', 3.575],
      ['len=2', -0.5],
    ]);
    expect(tables.classes).toBe('c:marker 3.575\nlen=2 -0.5');
    const rows: Array<[string, number[]]> = [];
    forEachRow(tables.words, (name, w) => rows.push([name, w]));
    forEachRow(tables.pairs, (name, w) => rows.push([name, w]));
    expect(rows).toEqual([
      ['okay', [1.5, 0, -0.25]],
      ['so_the', [0, 0.75, 0]],
      ['top_up_card', [0, 0, 2]],
    ]);
  });

  test('the fitted weights are found by feature name as the model writes them', () => {
    const json = JSON.parse(readFileSync(join(__dirname, '../../src/engine/sentences/boundary-weights.json'), 'utf8'));
    const sample = (table: string, kinds: string[]) =>
      table
        .split('\n')
        .filter((_, i) => i % 97 === 0)
        .flatMap((line) => {
          const [name, ...w] = line.split(' ');
          return kinds.map((kind, k) => [`${kind}=${name}`, Number(w[k])] as const);
        });
    const features = [...sample(json.words, ['c', 'p', 'n']), ...sample(json.pairs.replace(/^[^_\n]*\n/gm, ''), ['cn', 'pc', 'pp'])];
    expect(features.length).toBeGreaterThan(300);
    for (const [feature, weight] of features) expect([feature, featureWeight(feature)]).toEqual([feature, weight]);
    expect(featureWeight('c:marker')).toBe(3.575);
    expect(featureWeight('c=no-such-word-anywhere')).toBe(0);
  });
});
