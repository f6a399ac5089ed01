/**
 * V8 keeps a script's source in memory, one byte per character only when every character
 * is Latin-1. One curly quote in a regular expression made the whole bundled engine (about
 * 2 MB) a two-byte string: 1.9 MB more in every Forge container. Comments are dropped by the
 * bundler, so only the code is held to ASCII; non-ASCII text is written as `\u` escapes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ENGINE = join(__dirname, '..', '..', 'src', 'engine');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The lines of `source` compiled, comments removed, that hold a character outside ASCII. */
function nonAsciiCode(source: string): string[] {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { removeComments: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS },
  });
  return outputText.split('\n').filter((line) => /[^\x00-\x7f]/.test(line));
}

describe('the engine code is ASCII, so its bundle is held one byte per character', () => {
  test.each(sourceFiles(ENGINE).map((f) => [relative(ENGINE, f), f]))('%s', (_name, file) => {
    expect(nonAsciiCode(readFileSync(file, 'utf8'))).toEqual([]);
  });

  test('the check sees a curly quote in a regular expression, and none in a comment', () => {
    expect(nonAsciiCode("// it’s fine here\nconst Q = /who’s/;")).toEqual(['const Q = /who’s/;']);
  });
});
