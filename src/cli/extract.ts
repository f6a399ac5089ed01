/**
 * `npm run --silent extract -- FILE [--format json|md] [--explain]`
 * Prints the handover draft to stdout; `--explain` adds, on stderr, why each sentence
 * went to its section. Problems go to stderr with a non-zero exit.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { extractWithTrace } from '../engine/extract';
import { readTranscript } from '../engine/input';
import { FORMATS } from './formats';
import { renderExplanation } from './explain';

const USAGE = `usage: npm run --silent extract -- FILE [--format ${Object.keys(FORMATS).join('|')}] [--explain]`;

export class UsageError extends Error {}

export interface CliArgs {
  file: string;
  format: string;
  explain: boolean;
}

export function parseArgs(argv: string[]): CliArgs {
  let file: string | undefined;
  let format = 'json';
  let explain = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--format' || a === '-f') {
      format = argv[++i] ?? '';
    } else if (a.startsWith('--format=')) {
      format = a.slice('--format='.length);
    } else if (a === '--explain') {
      explain = true;
    } else if (a === '--help' || a === '-h') {
      throw new UsageError(USAGE);
    } else if (a.startsWith('-')) {
      throw new UsageError(`Unknown option ${a}.\n${USAGE}`);
    } else if (file === undefined) {
      file = a;
    } else {
      throw new UsageError(`Give one transcript file at a time (got "${file}" and "${a}").\n${USAGE}`);
    }
  }
  if (!file) throw new UsageError(`Which transcript? Give the file to read.\n${USAGE}`);
  if (!FORMATS[format]) throw new UsageError(`Unknown format "${format}"; use one of: ${Object.keys(FORMATS).join(', ')}.`);
  return { file, format, explain };
}

export async function runCli(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  try {
    const args = parseArgs(argv);
    let bytes: Uint8Array;
    try {
      if (statSync(args.file).isDirectory()) throw new UsageError(`${args.file} is a folder; give a transcript file.`);
      bytes = readFileSync(args.file);
    } catch (e) {
      if (e instanceof UsageError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
      throw new UsageError(`Cannot read ${args.file}: ${why}. Check the path and try again.`);
    }
    const transcript = await readTranscript(bytes, basename(args.file));
    const { draft, trace } = extractWithTrace(transcript);
    out(FORMATS[args.format](draft, { transcript, fileName: basename(args.file) }) + '\n');
    if (args.explain) err(renderExplanation(trace));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      err(e.message + '\n');
      return 2;
    }
    if (e instanceof Error && e.name === 'TranscriptError') {
      err(`${e.message}\n`);
      return 1;
    }
    err(`extract failed unexpectedly: ${e instanceof Error ? e.message : String(e)}\nPlease report this with the file that caused it.\n`);
    return 3;
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s)).then((code) => {
    process.exitCode = code;
  });
}
