import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/extract';
import type { HandoverDraft } from '../../src/engine/model';
import { KT_DEFAULT_TEMPLATE } from '../../src/engine/template/kt-default';
import { SEED_TRANSCRIPT } from './reference';

const ROOT = join(__dirname, '..', '..');
const SEED = SEED_TRANSCRIPT;
const dir = mkdtempSync(join(tmpdir(), 'kt-cli-'));

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, (s) => (stdout += s), (s) => (stderr += s));
  return { code, stdout, stderr };
}

describe('extract command line', () => {
  test('`npm run extract -- FILE --format json` prints the JSON contract with all 13 sections in template order', () => {
    const run = spawnSync('npm', ['run', '--silent', 'extract', '--', SEED, '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const draft: HandoverDraft = JSON.parse(run.stdout);
    expect(draft.template).toBe('kt-default');
    expect(draft.sections.map((s) => s.id)).toEqual(KT_DEFAULT_TEMPLATE.sections.map((s) => s.id));
    for (const s of draft.sections) {
      expect(Object.keys(s).sort()).toEqual(['id', 'items', 'missing', 'status', 'title']);
      for (const it of s.items) {
        expect(it.evidence.length).toBeGreaterThan(0);
        for (const e of it.evidence) expect(e.end).toBeGreaterThan(e.start);
      }
    }
    expect(draft.missing).toEqual(draft.sections.flatMap((s) => s.missing.map((field) => ({ section: s.id, field }))));
  });

  test('md is a readable draft naming every section, its status and what is still missing', async () => {
    const { code, stdout } = await cli(SEED, '--format', 'md');
    expect(code).toBe(0);
    for (const s of KT_DEFAULT_TEMPLATE.sections) expect(stdout).toContain(s.title);
    expect(stdout).toMatch(/Sign-off — MISSING/);
    expect(stdout).toContain('**Rollback approver:**');
    expect(stdout).toContain('What the call did not cover');
  });

  test('--explain tells, per sentence, the section chosen and the features behind it, on stderr', async () => {
    const { code, stdout, stderr } = await cli(SEED, '--explain');
    expect(code).toBe(0);
    expect(() => JSON.parse(stdout)).not.toThrow();
    expect(stderr).toMatch(/#\d+ - day-1-checklist .*sec\.\w+=.*are well-checked/);
    expect(stderr).toMatch(/ none .*Thank you so much/);
  });

  test.each([
    ['an empty file', '', /empty/i],
    ['whitespace only', '  \n\t \n', /empty/i],
    ['a PNG', '\x89PNG\r\n\x1a\n\0\0\0\rIHDR', /not a transcript|image|PNG/i],
  ])('%s is refused on stderr with a non-zero exit and a hint', async (_label, content, message) => {
    const file = join(dir, `bad-${_label.replace(/\W+/g, '-')}`);
    writeFileSync(file, content, 'latin1');
    const { code, stdout, stderr } = await cli(file, '--format', 'json');
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/\.txt|\.vtt|paste/i);
  });

  test('a missing file, an unknown format and no file at all say what to do', async () => {
    const missing = await cli(join(dir, 'nope.txt'));
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/no such file.*Check the path/);
    const format = await cli(SEED, '--format', 'pdf');
    expect(format.code).not.toBe(0);
    expect(format.stderr).toMatch(/Unknown format "pdf"; use one of: json, md/);
    const none = await cli();
    expect(none.code).not.toBe(0);
    expect(none.stderr).toMatch(/usage: npm run --silent extract -- FILE/);
  });
});

describe('very long input', () => {
  test('a transcript far longer than any call is refused with what to do, not worked on for minutes', async () => {
    const file = join(dir, 'endless.txt');
    const turn = 'The deployment window is outside peak business hours and rollback takes ten minutes.\n';
    writeFileSync(file, turn.repeat(Math.ceil(260_000 / 13)));
    const { code, stdout, stderr } = await cli(file);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/words; .*Split it into one file per call/);
  });
});
