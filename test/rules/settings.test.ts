// The inventory's `rules:` — off or a severity per rule id — as a user writes it: validated with
// "did you mean", applied to what the rules find (and to the proof of a fix), shown in the report.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { ConfigError } from '../../src/errors.js';
import { MemoryReader } from '../../src/load/reader.js';
import type { Report } from '../../src/model.js';
import { RULE_IDS } from '../../src/rules/ids.js';
import { DOCUMENTED_RULES } from '../../src/report/rule-docs.js';
import { fails } from '../../src/report/order.js';
import { formatSummary } from '../../src/report/summary.js';
import { toText } from '../../src/report/text.js';

/** a network pinned on public addresses (public-range, error) and one inside Docker's pools (pinned-pool-race, warning) */
const COMPOSE = `services:
  web:
    image: nginx
    networks: [pub, racy, plain]
networks:
  pub:
    ipam:
      config:
        - subnet: 8.8.8.0/24
  racy:
    ipam:
      config:
        - subnet: 172.20.0.0/16
  plain: {}
`;

function run(rules?: string): Report {
  // a reserved range declared (after the rules, so their lines stay put): without one the run is "not checked"
  const inventory = `version: 1\nhosts:\n  - name: app-1\n    engine: "26.1"\n${rules ?? ''}reserved:\n  - cidr: 10.99.0.0/16\n    name: office VPN\n`;
  return check(new MemoryReader({ 'compose.yaml': COMPOSE, 'network-inventory.yaml': inventory }), { environment: {}, rootName: 'shop' })
    .report;
}

function configError(rules: string): ConfigError {
  try {
    run(rules);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('no ConfigError');
}

const rulesOf = (r: Report) => r.findings.map((f) => `${f.rule}:${f.severity}`).sort();

describe('rule settings in the inventory', () => {
  it('the schema knows every rule a finding can name', () => {
    expect([...RULE_IDS].sort()).toEqual(DOCUMENTED_RULES.map((r) => r.id).sort());
  });

  it('by default reports both rules at their own severities', () => {
    const r = run();
    expect(rulesOf(r)).toContain('public-range:error');
    expect(rulesOf(r)).toContain('pinned-pool-race:warning');
    expect(r.ruleSettings).toBeUndefined();
  });

  it("turns a rule off and changes another's severity, which decides the fail level", () => {
    const r = run('rules:\n  public-range: off\n  pinned-pool-race: error\n');
    expect(r.findings.some((f) => f.rule === 'public-range')).toBe(false);
    expect(r.findings.filter((f) => f.rule === 'pinned-pool-race').every((f) => f.severity === 'error')).toBe(true);
    expect(r.findings.some((f) => f.rule === 'pinned-pool-race')).toBe(true);
    expect(fails(r, 'error')).toBe(true);
    const lenient = run('rules:\n  public-range: off\n  pinned-pool-race: note\n');
    expect(fails(lenient, 'warning')).toBe(false);
  });

  it('lists only the rules it changed, with their defaults, in the report, the summary and the text', () => {
    const r = run('rules:\n  public-range: off\n  pinned-pool-race: error\n  reserved-collision: error\n');
    expect(r.ruleSettings).toEqual([
      { rule: 'pinned-pool-race', setting: 'error', default: 'warning' },
      { rule: 'public-range', setting: 'off', default: 'error' },
    ]);
    expect(formatSummary(r)).toContain(
      'Rules changed by the inventory: `pinned-pool-race` error (default warning), `public-range` off (default error)',
    );
    expect(toText(r)).toContain(
      'rules changed by the inventory: pinned-pool-race error (default warning), public-range off (default error)',
    );
  });

  it('suggests the rule id meant, at the line of the typo', () => {
    const e = configError('rules:\n  public-rang: off\n');
    expect(e.message).toMatch(/unknown key "public-rang" in rules — did you mean "public-range"\?/);
    expect(e.pos).toMatchObject({ file: 'network-inventory.yaml', line: 6 });
  });

  it('suggests the severity meant', () => {
    const e = configError('rules:\n  unset-variable: warn\n');
    expect(e.message).toMatch(/rules\.unset-variable: "warn" is not one of: off, note, warning, error — did you mean "warning"\?/);
    expect(e.pos?.line).toBe(6);
  });

  it('still proves a fix when a rule is off (an off rule cannot block the proof)', () => {
    // the walk of `plain` on Engine 26 reaches 172.31 (reserved) on some redeploy; pinned-pool-race off
    const inventory = `version: 1\nreserved:\n  - cidr: 172.31.0.0/16\n    name: ops VPC\nhosts:\n  - name: app-1\n    engine: "26.1"\nrules:\n  pinned-pool-race: off\n  public-range: off\n`;
    const r = check(new MemoryReader({ 'compose.yaml': COMPOSE, 'network-inventory.yaml': inventory }), {
      environment: {},
      rootName: 'shop',
    }).report;
    expect(r.findings.map((f) => f.rule)).toContain('reserved-collision');
    expect(r.findings.map((f) => f.rule)).not.toContain('pinned-pool-race');
    expect(r.hosts[0]!.fix).not.toBeNull();
  });
});
