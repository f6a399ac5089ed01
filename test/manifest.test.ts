import { readFileSync } from 'node:fs';
import path from 'node:path';

// @forge/manifest ships CommonJS without types for this entry point.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validate } = require('@forge/manifest') as {
  validate(interactive: boolean, file: string): Promise<{
    success: boolean;
    errors?: Array<{ level: string; line?: number; message: string; reference?: string }>;
    manifestObject?: { typedContent?: Manifest };
  }>;
};

interface Manifest {
  app: { runtime: { name: string } };
  permissions: { scopes: string[] };
  modules: { function: Array<{ key: string; handler: string }> } & Record<string, unknown>;
}

const ROOT = path.resolve(__dirname, '..');
const INDEX = path.join(ROOT, 'src', 'index.ts');
const KNOWN_SCOPES: string[] = JSON.parse(
  readFileSync(path.join(ROOT, 'node_modules/@forge/manifest/out/scopes/shipyard-scopes.json'), 'utf8'),
);

async function validated() {
  const cwd = process.cwd();
  process.chdir(ROOT); // validate() resolves handler files relative to the working directory
  try {
    return await validate(false, 'manifest.yml');
  } finally {
    process.chdir(cwd);
  }
}

describe('manifest.yml', () => {
  let result: Awaited<ReturnType<typeof validated>>;
  beforeAll(async () => {
    result = await validated();
  });

  it("passes @forge/manifest's validation", () => {
    const errors = (result.errors ?? []).filter((e) => e.level === 'error');
    expect(errors.map((e) => `line ${e.line}: ${e.message}`)).toEqual([]);
    expect(result.manifestObject?.typedContent?.app.runtime.name).toMatch(/^nodejs(2[2-9]|[3-9]\d)\.x$/);
  });

  it('asks only for scopes Forge knows', () => {
    const scopes = result.manifestObject?.typedContent?.permissions.scopes ?? [];
    expect(scopes.length).toBeGreaterThan(0);
    expect(scopes.filter((s) => !KNOWN_SCOPES.includes(s))).toEqual([]);
    expect(new Set(scopes).size).toBe(scopes.length);
  });

  it('names only handlers that src/index.ts exports', () => {
    const functions = result.manifestObject?.typedContent?.modules.function ?? [];
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const entry = require(INDEX) as Record<string, unknown>;
    const missing = functions
      .map((f) => f.handler)
      .filter((handler) => {
        const [file, exported] = handler.split('.');
        return file !== 'index' || typeof entry[exported] !== 'function';
      });
    expect(missing).toEqual([]);
  });
});
