import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { ConfigError } from '../../src/errors.js';
import { MemoryReader } from '../../src/load/reader.js';
import type { Finding } from '../../src/model.js';
import { RULES } from '../../src/rules/index.js';
import {
  applySuppressions,
  BASELINE_FILE,
  buildBaseline,
  fingerprints,
  formatBaseline,
  parseBaseline,
  parseSuppressions,
} from '../../src/rules/suppress.js';

const KNOWN = RULES.map((r) => r.id);
const FILE = 'app/compose.yaml';

function finding(line: number, rule = 'reserved-collision', extra: Partial<Finding> = {}): Finding {
  return {
    rule,
    severity: 'error',
    message: `m${line}`,
    file: FILE,
    line,
    column: 3,
    endLine: line,
    endColumn: 10,
    host: 'app-1',
    model: 'round-robin',
    ...extra,
  };
}

function compose(lines: string[]): MemoryReader {
  return new MemoryReader({ [FILE]: lines.join('\n') + '\n' });
}

describe('inline suppressions', () => {
  it('reads the rule ids and the reason; a comment after code covers its line, one on its own line covers the next', () => {
    const s = parseSuppressions(
      [
        'services:',
        '  # subnet-guard-ignore reserved-collision, public-range: VPC is only reached via the bastion',
        '  web:',
        '    image: x # subnet-guard-ignore mtu-exceeds-underlay:   jumbo frames here  ',
      ].join('\n'),
      FILE,
    );
    expect(s.map((x) => ({ line: x.line, appliesTo: x.appliesTo, rules: x.rules, reason: x.reason }))).toEqual([
      { line: 2, appliesTo: 3, rules: ['reserved-collision', 'public-range'], reason: 'VPC is only reached via the bastion' },
      { line: 4, appliesTo: 4, rules: ['mtu-exceeds-underlay'], reason: 'jumbo frames here' },
    ]);
    expect(s[0].pos).toEqual({ file: FILE, line: 2, column: 3, endLine: 2, endColumn: 94 });
  });

  it('does not take a # inside a quoted value for a comment', () => {
    expect(parseSuppressions(`    command: "echo # subnet-guard-ignore public-range: no"`, FILE)).toEqual([]);
    expect(parseSuppressions(`    command: 'it''s # subnet-guard-ignore public-range: no'`, FILE)).toEqual([]);
    expect(parseSuppressions(`    label: it's # subnet-guard-ignore public-range: yes`, FILE)).toHaveLength(1);
  });

  const cases: { name: string; lines: string[]; finding: Finding; suppressed: boolean; reason?: string; problem?: string }[] = [
    {
      name: 'suppresses a finding on the line of the comment',
      lines: ['services:', '  web: # subnet-guard-ignore reserved-collision: accepted until the VPC moves'],
      finding: finding(2),
      suppressed: true,
      reason: 'accepted until the VPC moves',
    },
    {
      name: 'suppresses a finding on the line below a comment that stands alone',
      lines: ['services:', '  # subnet-guard-ignore reserved-collision: accepted', '  web:'],
      finding: finding(3),
      suppressed: true,
      reason: 'accepted',
    },
    {
      name: 'does not reach two lines down',
      lines: ['# subnet-guard-ignore reserved-collision: accepted', 'services:', '  web:'],
      finding: finding(3),
      suppressed: false,
    },
    {
      name: 'does not suppress another rule',
      lines: ['services:', '  web: # subnet-guard-ignore public-range: accepted'],
      finding: finding(2),
      suppressed: false,
    },
    {
      name: 'a comment without a reason suppresses nothing and is itself a finding',
      lines: ['services:', '  web: # subnet-guard-ignore reserved-collision'],
      finding: finding(2),
      suppressed: false,
      problem: 'gives no reason',
    },
    {
      name: 'an empty reason after the colon counts as none',
      lines: ['services:', '  web: # subnet-guard-ignore reserved-collision:   '],
      finding: finding(2),
      suppressed: false,
      problem: 'gives no reason',
    },
    {
      name: 'a misspelt rule id suppresses nothing and says so',
      lines: ['services:', '  web: # subnet-guard-ignore reserved-colision: accepted'],
      finding: finding(2),
      suppressed: false,
      problem: 'reserved-colision',
    },
    {
      name: 'a comment without a rule id says so',
      lines: ['services:', '  web: # subnet-guard-ignore'],
      finding: finding(2),
      suppressed: false,
      problem: 'names no rule',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const out = applySuppressions([c.finding], { reader: compose(c.lines), files: [FILE], knownRules: KNOWN });
      expect(out[0].suppressed ?? false).toBe(c.suppressed);
      if (c.reason) expect(out[0].suppressionReason).toBe(c.reason);
      const problems = out.filter((f) => f.rule === 'invalid-suppression');
      if (c.problem) {
        expect(problems).toHaveLength(1);
        expect(problems[0]).toMatchObject({ severity: 'warning', file: FILE, line: 2 });
        expect(problems[0].message).toContain(c.problem);
        expect(problems[0].message).toContain('still reported');
      } else {
        expect(problems).toEqual([]);
      }
    });
  }

  it('reports a broken comment in a listed file that has no finding', () => {
    const reader = new MemoryReader({ 'network-inventory.yaml': 'version: 1\n# subnet-guard-ignore public-range\nreserved: []\n' });
    const out = applySuppressions([], { reader, files: ['network-inventory.yaml'], knownRules: KNOWN });
    expect(out.map((f) => `${f.rule} ${f.file}:${f.line}`)).toEqual(['invalid-suppression network-inventory.yaml:2']);
  });

  it('leaves the input findings unchanged', () => {
    const input = [finding(2)];
    applySuppressions(input, {
      reader: compose(['services:', '  web: # subnet-guard-ignore reserved-collision: ok']),
      files: [FILE],
      knownRules: KNOWN,
    });
    expect(input[0].suppressed).toBeUndefined();
  });
});

describe('baseline', () => {
  const lines = ['services:', '  web:', '    image: nginx', '  api:', '    image: api'];

  it('accepts every finding it was built from, with its reason', () => {
    const reader = compose(lines);
    const findings = [finding(2), finding(4, 'pool-exhaustion')];
    const text = formatBaseline(buildBaseline(findings, reader, { reason: 'known before subnet-guard was adopted' }));
    const withBaseline = new MemoryReader({ [FILE]: lines.join('\n') + '\n', [BASELINE_FILE]: text });
    const out = applySuppressions(findings, { reader: withBaseline, files: [FILE], knownRules: KNOWN });
    expect(out.map((f) => [f.suppressed, f.suppressionReason])).toEqual([
      [true, 'baseline: known before subnet-guard was adopted'],
      [true, 'baseline: known before subnet-guard was adopted'],
    ]);
  });

  it('keeps fingerprints when lines move and changes them when the offending line changes', () => {
    const before = fingerprints([finding(2)], compose(lines));
    const moved = fingerprints([finding(4)], compose(['# the web tier', '# (moved down by two lines)', ...lines]));
    const edited = fingerprints([finding(2)], compose(['services:', '  frontend:', ...lines.slice(2)]));
    expect(moved).toEqual(before);
    expect(edited).not.toEqual(before);
  });

  it('tells findings apart by rule, host and engine model', () => {
    const reader = compose(lines);
    const fps = fingerprints(
      [
        finding(2),
        finding(2, 'public-range'),
        finding(2, 'reserved-collision', { host: 'app-2' }),
        finding(2, 'reserved-collision', { model: 'first-fit' }),
      ],
      reader,
    );
    expect(new Set(fps).size).toBe(4);
  });

  it('numbers findings that share everything, so each can be accepted on its own', () => {
    const fps = fingerprints([finding(2), finding(2)], compose(lines));
    expect(fps[0]).not.toBe(fps[1]);
  });

  it('does not accept a new finding', () => {
    const reader = compose(lines);
    const text = formatBaseline(buildBaseline([finding(2)], reader));
    const out = applySuppressions([finding(2), finding(4)], {
      reader: new MemoryReader({ [FILE]: lines.join('\n') + '\n', [BASELINE_FILE]: text }),
      files: [FILE],
      knownRules: KNOWN,
    });
    expect(out.map((f) => f.suppressed ?? false)).toEqual([true, false]);
    expect(out[0].suppressionReason).toBe(`accepted in ${BASELINE_FILE}`);
  });

  it('keeps the entries and reasons of the previous baseline when it is written again', () => {
    const reader = compose(lines);
    const first = buildBaseline([finding(2)], reader, { reason: 'old' });
    const suppressed = { ...finding(2), suppressed: true, suppressionReason: 'baseline: old' };
    const second = buildBaseline([suppressed, finding(4)], reader, { reason: 'new', previous: first });
    expect(second.findings.map((e) => e.reason)).toEqual(['old', 'new']);
  });

  it('leaves findings suppressed by a comment out of the baseline', () => {
    const b = buildBaseline([{ ...finding(2), suppressed: true, suppressionReason: 'inline' }], compose(lines));
    expect(b.findings).toEqual([]);
  });

  it('refuses a baseline that is not one, naming the file', () => {
    expect(() => parseBaseline('{', BASELINE_FILE)).toThrow(ConfigError);
    expect(() => parseBaseline('{"version": 2, "findings": []}', BASELINE_FILE)).toThrow(/version 2/);
    expect(() => parseBaseline('{"version": 1, "findings": [{"rule": "x"}]}', BASELINE_FILE)).toThrow(/entry 1/);
  });
});

describe('suppressions in the whole check', () => {
  const inventory = [
    'version: 1',
    'reserved:',
    '  - cidr: 172.31.0.0/16',
    '    name: ops VPC',
    'hosts:',
    '  - name: app-1',
    '    engine: "26.1"',
    '    projects:',
    '      - path: app',
    'cycles: 1000',
  ].join('\n');

  it('keeps a suppressed collision in the report with its reason, and proposes no fix for a host with nothing left', () => {
    const reader = new MemoryReader({
      'network-inventory.yaml': inventory,
      'app/compose.yaml': [
        'services:',
        '  # subnet-guard-ignore reserved-collision: the ops VPC peering is removed next week',
        '  web:',
        '    image: nginx',
      ].join('\n'),
    });
    const { report } = check(reader);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      rule: 'reserved-collision',
      line: 3,
      suppressed: true,
      suppressionReason: 'the ops VPC peering is removed next week',
    });
    expect(report.hosts[0].fix).toBeNull();
  });

  it('keeps the collision active when the comment has no reason, and adds the comment as a finding', () => {
    const reader = new MemoryReader({
      'network-inventory.yaml': inventory,
      'app/compose.yaml': ['services:', '  # subnet-guard-ignore reserved-collision', '  web:', '    image: nginx'].join('\n'),
    });
    const { report } = check(reader);
    expect(report.findings.map((f) => [f.rule, f.line, f.suppressed ?? false])).toEqual([
      ['reserved-collision', 3, false],
      ['invalid-suppression', 2, false],
    ]);
    expect(report.hosts[0].fix).not.toBeNull();
  });

  it('reads the baseline given in the options', () => {
    const files = { 'network-inventory.yaml': inventory, 'app/compose.yaml': 'services:\n  web:\n    image: nginx\n' };
    const first = check(new MemoryReader(files)).report;
    const baseline = formatBaseline(buildBaseline(first.findings, new MemoryReader(files), { reason: 'tracked in OPS-12' }));
    const again = check(new MemoryReader({ ...files, 'ci/accepted.json': baseline }), { baseline: 'ci/accepted.json' }).report;
    expect(again.findings.map((f) => [f.rule, f.suppressed, f.suppressionReason])).toEqual([
      ['reserved-collision', true, 'baseline: tracked in OPS-12'],
    ]);
  });
});
