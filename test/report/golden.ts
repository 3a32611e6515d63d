// Golden files: compared byte for byte; rewritten only when UPDATE_GOLDEN=1 is set on purpose.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const GOLDEN_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'golden');
export const UPDATING = process.env.UPDATE_GOLDEN === '1';

/** `compareOnly`: never rewrite (the bundle is checked against goldens the sources wrote) */
export function expectGolden(name: string, actual: string, opts: { compareOnly?: boolean; hint?: string } = {}): void {
  const file = path.join(GOLDEN_DIR, name);
  if (UPDATING && !opts.compareOnly) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  if (!fs.existsSync(file)) {
    throw new Error(`golden file test/golden/${name} is missing; create it on purpose with UPDATE_GOLDEN=1 npx vitest run`);
  }
  const expected = fs.readFileSync(file, 'utf8');
  expect(actual, opts.hint ?? `differs from test/golden/${name} (UPDATE_GOLDEN=1 regenerates it, on purpose only)`).toBe(expected);
}
