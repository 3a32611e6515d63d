// A fixture repository as an in-memory tree (path → text) for MemoryReader, leaving out the files named.
import fs from 'node:fs';

export function fixtureTree(fixture: string, leaveOut: readonly string[] = []): Record<string, string> {
  const root = new URL(`../fixtures/${fixture}/`, import.meta.url).pathname;
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(root + dir, { withFileTypes: true })) {
      const rel = dir + e.name;
      if (e.isDirectory()) walk(rel + '/');
      else if (!leaveOut.includes(e.name)) out[rel] = fs.readFileSync(root + rel, 'utf8');
    }
  };
  walk('');
  return out;
}
