// --list-rules and --explain RULE, as a user runs them (the bundled CLI).
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENTED_RULES } from '../../src/report/rule-docs.js';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/subnet-guard.js');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('subnet-guard --list-rules and --explain', () => {
  it('lists every rule once with its default severity and one line', () => {
    const r = run(['--list-rules']);
    expect(r.code).toBe(0);
    for (const rule of DOCUMENTED_RULES) {
      const line = r.stdout.split('\n').find((l) => l.startsWith(`${rule.id} `));
      expect(line, rule.id).toMatch(
        new RegExp(`^${rule.id} +${rule.defaultSeverity} +${rule.shortDescription.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      );
    }
  });

  it('explains a rule with its full help and how to change it', () => {
    const r = run(['--explain', 'public-range']);
    expect(r.code).toBe(0);
    const rule = DOCUMENTED_RULES.find((x) => x.id === 'public-range')!;
    expect(r.stdout).toContain(rule.fullDescription);
    expect(r.stdout).toContain(rule.help);
    expect(r.stdout).toContain('rules: { public-range: off | note | warning | error }');
  });

  it('exits 2 for an unknown rule and suggests the one meant', () => {
    const r = run(['--explain', 'reserved-colision']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no rule "reserved-colision" — did you mean "reserved-collision"\?/);
  });
});
