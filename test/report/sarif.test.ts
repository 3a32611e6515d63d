import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatSarif, formatSarifText, FINGERPRINT_KEY, pathToUri } from '../../src/report/sarif.js';
import { DOCUMENTED_RULES, fixedRuleDoc } from '../../src/report/rule-docs.js';
import { cleanReport, hostileReport, manyFindingsReport, peeredVpcReport } from './reports.js';
import { githubIngestionErrors, multitoolPath, multitoolValidate, schemaErrors } from './sarif-validate.js';
import { expectGolden } from './golden.js';
import type { Report } from '../../src/model.js';
import { check } from '../../src/check.js';
import { MemoryReader } from '../../src/load/reader.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-sarif-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const hasMultitool = multitoolPath() !== null;
if (!hasMultitool) console.warn('sarif-multitool has no binary for this platform: only the JSON schema check runs');

function everyRule(): Report {
  const r = peeredVpcReport();
  r.findings = DOCUMENTED_RULES.map((d, i) => ({
    rule: d.id,
    severity: d.defaultSeverity,
    message: `${d.shortDescription} (${i})`,
    file: i % 2 ? 'daemon.json' : 'app/compose.yaml',
    line: i + 1,
    column: 1,
    endLine: i + 2,
    endColumn: 4,
  }));
  r.findings.push({ rule: 'some-future-rule', severity: 'note', message: 'n' });
  r.findings.push({ ...r.findings[0]!, suppressed: true, suppressionReason: 'VPC leaves in Q3' });
  return r;
}

const cases: [string, () => Report][] = [
  ['the peered-VPC story', peeredVpcReport],
  ['a clean run', cleanReport],
  ['every rule, a suppression and a finding without a file', everyRule],
  ['hostile repository text', hostileReport],
];

describe('SARIF 2.1.0', () => {
  for (const [name, make] of cases) {
    it(`validates against the official schema, GitHub's ingestion rules and the multitool: ${name}`, () => {
      const textOut = formatSarifText(make(), { pathPrefix: 'deploy', fallbackFile: 'network-inventory.yaml' });
      const log = JSON.parse(textOut);
      expect(schemaErrors(log)).toEqual([]);
      expect(githubIngestionErrors(log, textOut)).toEqual([]);
      if (hasMultitool) {
        const file = path.join(tmp, `${name.replace(/\W+/g, '-')}.sarif`);
        fs.writeFileSync(file, textOut);
        expect(multitoolValidate(file)).toEqual([]);
      }
    });
  }

  it('the schema check does catch a broken log (the validator is not a no-op)', () => {
    const log = formatSarif(peeredVpcReport()) as any;
    log.runs[0].results[0].level = 'fatal';
    delete log.version;
    expect(schemaErrors(log).length).toBeGreaterThan(0);
  });

  it('the multitool does catch a rule without help (GitHub requires it)', () => {
    if (!hasMultitool) return;
    const log = formatSarif(peeredVpcReport()) as any;
    delete log.runs[0].tool.driver.rules[0].help;
    const file = path.join(tmp, 'nohelp.sarif');
    fs.writeFileSync(file, JSON.stringify(log));
    expect(multitoolValidate(file).map((f) => f.ruleId)).toContain('GH2012');
  });

  it('locates results relative to the repository root with the exact span', () => {
    const log = formatSarif(peeredVpcReport(), { pathPrefix: 'deploy/prod' });
    expect(log.runs[0].results[0]!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'deploy/prod/app/compose.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 4, startColumn: 3, endLine: 4, endColumn: 6 },
    });
    expect(pathToUri('dir with space/a#b.yaml')).toBe('dir%20with%20space/a%23b.yaml');
  });

  it('describes every rule with a help URI to its README section', () => {
    const log = formatSarif(everyRule());
    const rule = log.runs[0].tool.driver.rules.find((r) => r.id === 'mtu-exceeds-underlay')!;
    expect(rule.helpUri).toMatch(/#mtu-exceeds-underlay$/);
    expect(rule.help.markdown).toContain('How to fix');
    expect(log.runs[0].tool.driver.rules.find((r) => r.id === 'some-future-rule')!.fullDescription.text).toBeTruthy();
  });

  it('keeps fingerprints stable across runs, finding order and moved lines', () => {
    const a = formatSarif(peeredVpcReport());
    const r = peeredVpcReport();
    r.findings.reverse();
    for (const f of r.findings) {
      f.line! += 10;
      f.endLine! += 10;
    }
    const b = formatSarif(r);
    const fp = (log: typeof a) => log.runs[0].results.map((x) => x.partialFingerprints[FINGERPRINT_KEY]).sort();
    expect(fp(b)).toEqual(fp(a));
  });

  it('gives identical findings distinct fingerprints', () => {
    const r = peeredVpcReport();
    r.findings = [r.findings[0]!, { ...r.findings[0]! }];
    const fps = formatSarif(r).runs[0].results.map((x) => x.partialFingerprints[FINGERPRINT_KEY]);
    expect(new Set(fps).size).toBe(2);
  });

  it('marks suppressed findings as suppressed', () => {
    const res = formatSarif(everyRule()).runs[0].results.find((x) => x.suppressions)!;
    expect(res.suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'VPC leaves in Q3' }]);
  });

  it("stops at GitHub's 25,000 results per run and says so", () => {
    const r = manyFindingsReport(26_000, 10);
    const textOut = formatSarifText(r);
    const log = JSON.parse(textOut);
    expect(log.runs[0].results).toHaveLength(25_000);
    expect(log.runs[0].results.every((x: { level: string }) => x.level === 'error')).toBe(true);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toMatch(/^1010 more results were left out/);
    expect(githubIngestionErrors(log, textOut)).toEqual([]);
    expect(schemaErrors(log)).toEqual([]);
  });

  it("carries the inventory's `rules:` as the run's configuration: overrides per changed rule, results at their effective level", () => {
    // 8.8.8.0/24: public-range (error by default, off here); a subnet from the unset ${BACKEND_SUBNET}:
    // unset-variable (warning by default, error here)
    const compose =
      'services:\n  web:\n    image: nginx\n    networks: [pub, backend]\nnetworks:\n  pub:\n    ipam:\n      config:\n' +
      '        - subnet: 8.8.8.0/24\n  backend:\n    ipam:\n      config:\n        - subnet: ${BACKEND_SUBNET:-10.50.0.0/16}\n';
    const inventory = (rules: string) =>
      `version: 1\nhosts:\n  - name: app-1\n    engine: "26.1"\n${rules}reserved:\n  - cidr: 10.99.0.0/16\n    name: office VPN\n`;
    const run = (rules: string) =>
      check(new MemoryReader({ 'compose.yaml': compose, 'network-inventory.yaml': inventory(rules) }), {
        environment: {},
        rootName: 'shop',
      }).report;

    const plain = formatSarif(run(''));
    expect(plain.runs[0].results.map((x) => [x.ruleId, x.level])).toEqual(
      expect.arrayContaining([
        ['public-range', 'error'],
        ['unset-variable', 'warning'],
      ]),
    );
    expect(plain.runs[0].invocations[0]!.ruleConfigurationOverrides).toBeUndefined();

    const textOut = formatSarifText(run('rules:\n  public-range: off\n  unset-variable: error\n'));
    const log = JSON.parse(textOut) as ReturnType<typeof formatSarif>;
    const run0 = log.runs[0];
    const rules = run0.tool.driver.rules;
    expect(run0.results.some((x) => x.ruleId === 'public-range')).toBe(false);
    expect(run0.results.filter((x) => x.ruleId === 'unset-variable').map((x) => x.level)).toEqual(['error']);
    // the descriptors keep the rules' defaults; public-range has one though it found nothing, for its override
    const level = (id: string) => rules.find((r) => r.id === id)?.defaultConfiguration.level;
    expect([level('public-range'), level('unset-variable')]).toEqual(['error', 'warning']);
    const overrides = run0.invocations[0]!.ruleConfigurationOverrides!;
    expect(overrides).toEqual([
      { descriptor: { id: 'public-range', index: rules.findIndex((r) => r.id === 'public-range') }, configuration: { enabled: false } },
      { descriptor: { id: 'unset-variable', index: rules.findIndex((r) => r.id === 'unset-variable') }, configuration: { level: 'error' } },
    ]);
    for (const x of run0.results) expect(rules[x.ruleIndex]!.id).toBe(x.ruleId);

    expect(schemaErrors(log)).toEqual([]);
    expect(githubIngestionErrors(log, textOut)).toEqual([]);
    if (hasMultitool) {
      const file = path.join(tmp, 'rule-settings.sarif');
      fs.writeFileSync(file, textOut);
      expect(multitoolValidate(file)).toEqual([]);
    }
    // the schema does check the overrides: a level SARIF does not have is rejected
    const broken = JSON.parse(textOut);
    broken.runs[0].invocations[0].ruleConfigurationOverrides[1].configuration.level = 'fatal';
    expect(schemaErrors(broken).join('\n')).toMatch(/ruleConfigurationOverrides\/1\/configuration\/level/);
  });

  it('golden: the peered-VPC story', () => {
    // fixed rule texts: this golden pins the format; the e2e goldens pin the rules' own texts
    expectGolden('report/peered-vpc.sarif', formatSarifText(peeredVpcReport(), { ruleDocs: fixedRuleDoc }));
  });
});
