import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The scorer and the seed transcript with its gold. The project's read-only copies in
 * ../shared are the authority when they exist; test/engine/reference holds the same
 * files so a fresh clone (CI) can check the bar too.
 */
const SHARED = join(__dirname, '..', '..', '..', 'shared');
const LOCAL = join(__dirname, 'reference');
const pick = (shared: string, local: string) => (existsSync(join(SHARED, shared)) ? join(SHARED, shared) : join(LOCAL, local));

export const SCORER = pick('eval/score.py', 'score.py');
export const SEED_GOLD = pick('fixtures/seed-order-platform.gold.json', 'seed-order-platform.gold.json');
export const SEED_TRANSCRIPT = pick('fixtures/seed-order-platform.txt', 'seed-order-platform.txt');
