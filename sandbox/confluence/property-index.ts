import fs from 'node:fs';
import path from 'node:path';

/**
 * What a `confluence:contentProperty` manifest module declares: which values of a content
 * property CQL may filter on, and their search aliases. The sandbox indexes exactly these.
 */
export interface PropertyIndexSpec {
  propertyKey: string;
  values: Array<{ path: string; type: 'number' | 'string' | 'text' | 'user' | 'date'; searchAlias?: string }>;
}

/** Used when no manifest.yml declares the module yet: the values the app's property exposes. */
export const DEFAULT_PROPERTY_INDEXES: PropertyIndexSpec[] = [
  {
    propertyKey: 'kt-handover',
    values: [
      { path: 'status', type: 'string', searchAlias: 'ktHandoverStatus' },
      { path: 'counts.verified', type: 'number', searchAlias: 'ktHandoverVerified' },
      { path: 'counts.missingRequired', type: 'number', searchAlias: 'ktHandoverMissing' },
      { path: 'counts.covered', type: 'number', searchAlias: 'ktHandoverCovered' },
      { path: 'generatedAt', type: 'date', searchAlias: 'ktHandoverGeneratedAt' },
    ],
  },
];

/** Reads `confluence:contentProperty` modules from a manifest; undefined when there is none. */
export function propertyIndexesFromManifest(file = path.resolve('manifest.yml')): PropertyIndexSpec[] | undefined {
  if (!fs.existsSync(file)) return undefined;
  try {
    // `yaml` comes with @forge/manifest; the sandbox only needs it to read the app's own manifest.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const YAML = require('yaml') as { parse(text: string): unknown };
    const manifest = YAML.parse(fs.readFileSync(file, 'utf8')) as {
      modules?: Record<string, Array<{ propertyKey?: string; values?: PropertyIndexSpec['values'] }>>;
    };
    const modules = manifest?.modules?.['confluence:contentProperty'] ?? [];
    const specs = modules
      .filter((m) => typeof m.propertyKey === 'string' && Array.isArray(m.values))
      .map((m) => ({ propertyKey: m.propertyKey as string, values: m.values as PropertyIndexSpec['values'] }));
    return specs.length ? specs : undefined;
  } catch {
    return undefined;
  }
}

function valueAt(value: unknown, dotted: string): unknown {
  let cur: unknown = value;
  for (const part of dotted.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** Rows to index for one property value: one per declared path holding a scalar (or array element). */
export function indexRows(
  spec: PropertyIndexSpec,
  value: unknown,
): Array<{ path: string; text: string | null; num: number | null }> {
  const rows: Array<{ path: string; text: string | null; num: number | null }> = [];
  for (const v of spec.values) {
    const found = valueAt(value, v.path);
    const items = Array.isArray(found) ? found : [found];
    for (const item of items) {
      if (item === undefined || item === null || typeof item === 'object') continue;
      const num = typeof item === 'number' ? item : v.type === 'number' && !Number.isNaN(Number(item)) ? Number(item) : null;
      rows.push({ path: v.path, text: String(item), num });
    }
  }
  return rows;
}
