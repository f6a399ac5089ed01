import { SEED_TRANSCRIPT } from '../engine/reference';
import path from 'node:path';
import { runCli } from '../../src/cli/extract';
import { validateAdf } from '../../src/adf/validate';

const SEED = SEED_TRANSCRIPT;

describe('extract --format adf', () => {
  it('prints the handover page body as valid ADF, with a task per section', async () => {
    let out = '';
    let err = '';
    const code = await runCli([SEED, '--format', 'adf'], (s) => (out += s), (s) => (err += s));
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const body = JSON.parse(out);
    expect(body).toMatchObject({ type: 'doc', version: 1 });
    expect(validateAdf(body)).toEqual([]);
    expect(out.match(/"type": "taskItem"/g)).toHaveLength(13);
  });
});
