/**
 * How the boundary model's weights are laid out in boundary-weights.json: one row per word
 * and one per word pair, a column per kind of weight, so a word named by three kinds of
 * feature is written once. As one string per table: bundled, tens of thousands of object keys
 * cost the engine ~7 MB more memory and a slower first load than a few strings.
 */

/** Weights of one word as the current, previous and next word: the words table's columns. */
export const WORD_KINDS = ['c', 'p', 'n'] as const;
/** Weights of a pair as current_next, previous_current and previous-previous_previous: the pairs table's columns. */
export const PAIR_KINDS = ['cn', 'pc', 'pp'] as const;

export interface WeightTables {
  /** "feature weight" lines for the features that name no words (`len=2`, `c:marker`). */
  classes: string;
  /** "word c p n" lines. */
  words: string;
  /** "first_second cn pc pp" lines. */
  pairs: string;
}

/** The tables for features named as `gapFeatures` writes them (`c=okay`, `pc=so_the`); a weight not given is 0. */
export function weightTables(weights: Iterable<readonly [string, number]>): WeightTables {
  const classes: string[] = [];
  const rows = { words: new Map<string, number[]>(), pairs: new Map<string, number[]>() };
  for (const [feature, weight] of weights) {
    const eq = feature.indexOf('=');
    const kind = feature.slice(0, Math.max(eq, 0));
    const column = (WORD_KINDS as readonly string[]).indexOf(kind);
    const pairColumn = (PAIR_KINDS as readonly string[]).indexOf(kind);
    const table = column >= 0 ? rows.words : pairColumn >= 0 ? rows.pairs : undefined;
    if (!table) {
      classes.push(`${feature} ${weight}`);
      continue;
    }
    const name = feature.slice(eq + 1);
    const row = table.get(name) ?? [0, 0, 0];
    row[column >= 0 ? column : pairColumn] = weight;
    table.set(name, row);
  }
  const lines = (table: Map<string, number[]>) => [...table].map(([name, row]) => `${name} ${row.join(' ')}`).join('\n');
  return { classes: classes.join('\n'), words: lines(rows.words), pairs: lines(rows.pairs) };
}

/** Each row of a table: its word or pair, and its three weights. */
export function forEachRow(table: string, each: (name: string, weights: [number, number, number]) => void): void {
  for (const line of table.split('\n')) {
    const cells = line.split(' ');
    if (cells.length === 4) each(cells[0], [Number(cells[1]), Number(cells[2]), Number(cells[3])]);
  }
}
