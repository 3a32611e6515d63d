import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES, ruleById } from '../../src/rules/index.js';

describe('rule registry', () => {
  it('registers one rule per file in src/rules, the file named after the id', () => {
    const helpers = new Set(['index.ts', 'rule.ts', 'facts.ts', 'suppress.ts', 'models.ts', 'ids.ts', 'settings.ts']);
    const files = readdirSync(new URL('../../src/rules/', import.meta.url)).filter((f) => f.endsWith('.ts') && !helpers.has(f));
    expect(RULES.map((r) => `${r.id}.ts`).sort()).toEqual(files.sort());
  });

  it('gives every rule an id, a severity and texts for people', () => {
    const ids = new Set<string>();
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(ids.has(r.id)).toBe(false);
      ids.add(r.id);
      expect(['error', 'warning', 'note']).toContain(r.defaultSeverity);
      expect(r.shortDescription.length).toBeGreaterThan(10);
      expect(r.fullDescription.length).toBeGreaterThan(r.shortDescription.length);
      expect(r.help.length).toBeGreaterThan(10);
      expect(ruleById(r.id)).toBe(r);
    }
  });
});
