// --format junit: JUnit XML, the test report GitLab (artifacts:reports:junit), Jenkins (junit step),
// Azure Pipelines (PublishTestResults) and CircleCI (store_test_results) read. A finding is a test case,
// grouped in one test suite per rule. The report agrees with the exit status: a finding at or above
// the fail level is a <failure>; one below it passes (its message in <system-out>); a suppressed one
// is <skipped> with its reason. A check without findings is one passing case per host, so that a CI
// that rejects an empty report (Jenkins does) shows what was checked.
import type { Finding, Report } from '../model.js';
import { findingContext, locateFindings, type LocateOptions, type LocatedFinding } from './located.js';
import { hostNames, severityRank, thousands, type FailOn } from './order.js';
import { ruleHelpUri } from './rule-docs.js';
import { XML_DECLARATION, xmlOpen, xmlText } from './xml.js';

export interface JunitOptions extends LocateOptions {
  /** the fail level the run uses (default error): what is a failure and what passes */
  failOn?: FailOn;
}

type Outcome = 'failure' | 'passed' | 'skipped';

function outcome(f: Finding, failOn: FailOn): Outcome {
  if (f.suppressed) return 'skipped';
  if (failOn === 'never') return 'passed';
  return severityRank(f.severity) <= severityRank(failOn) ? 'failure' : 'passed';
}

function where(l: LocatedFinding): string {
  return `${l.path}:${l.line}${l.column !== undefined ? `:${l.column}` : ''}`;
}

function caseName(l: LocatedFinding): string {
  const f = l.finding;
  const on = [f.host, f.model].filter((x) => x !== undefined).join(', ');
  return `${where(l)}${on ? ` (${on})` : ''}`;
}

function details(l: LocatedFinding): string {
  const f = l.finding;
  const context = findingContext(f);
  return [`${where(l)}: ${f.severity} ${f.rule}: ${f.message}`, ...(context ? [context] : []), `rule: ${ruleHelpUri(f.rule)}`].join('\n');
}

function testcase(l: LocatedFinding, failOn: FailOn): string[] {
  const f = l.finding;
  const open = xmlOpen('testcase', { name: caseName(l), classname: `subnet-guard.${f.rule}`, time: '0' });
  switch (outcome(f, failOn)) {
    case 'failure':
      return [
        `    ${open}>`,
        `      ${xmlOpen('failure', { message: f.message, type: f.severity })}>${xmlText(details(l))}</failure>`,
        '    </testcase>',
      ];
    case 'skipped':
      return [
        `    ${open}>`,
        `      ${xmlOpen('skipped', { message: `suppressed${f.suppressionReason ? `: ${f.suppressionReason}` : ''}` })}/>`,
        `      <system-out>${xmlText(details(l))}</system-out>`,
        '    </testcase>',
      ];
    case 'passed':
      return [
        `    ${open}>`,
        `      <system-out>${xmlText(`${details(l)}\n(below fail-on ${failOn}: does not fail the check)`)}</system-out>`,
        '    </testcase>',
      ];
  }
}

interface Suite {
  name: string;
  cases: string[];
  tests: number;
  failures: number;
  skipped: number;
}

function suiteXml(s: Suite): string[] {
  return [
    `  ${xmlOpen('testsuite', { name: s.name, tests: s.tests, failures: s.failures, errors: 0, skipped: s.skipped, time: '0' })}>`,
    ...s.cases,
    '  </testsuite>',
  ];
}

export function formatJunit(report: Report, opts: JunitOptions = {}): string {
  const failOn = opts.failOn ?? 'error';
  const suites = new Map<string, Suite>();
  for (const l of locateFindings(report.findings, opts)) {
    const rule = l.finding.rule;
    const s = suites.get(rule) ?? { name: `subnet-guard.${rule}`, cases: [], tests: 0, failures: 0, skipped: 0 };
    const o = outcome(l.finding, failOn);
    s.tests++;
    if (o === 'failure') s.failures++;
    if (o === 'skipped') s.skipped++;
    s.cases.push(...testcase(l, failOn));
    suites.set(rule, s);
  }
  const ordered = [...suites.keys()].sort().map((k) => suites.get(k)!);
  if (ordered.length === 0) {
    const hosts = hostNames(report);
    const names = hosts.length > 0 ? hosts : ['(no host)'];
    ordered.push({
      name: 'subnet-guard',
      tests: names.length,
      failures: 0,
      skipped: 0,
      cases: names.map(
        (h) =>
          `    ${xmlOpen('testcase', { name: `host ${h}: no findings in ${thousands(report.cycles)} redeploys`, classname: 'subnet-guard.check', time: '0' })}/>`,
      ),
    });
  }
  const total = ordered.reduce(
    (a, s) => ({ tests: a.tests + s.tests, failures: a.failures + s.failures, skipped: a.skipped + s.skipped }),
    {
      tests: 0,
      failures: 0,
      skipped: 0,
    },
  );
  const lines = [
    XML_DECLARATION,
    `${xmlOpen('testsuites', { name: 'subnet-guard', tests: total.tests, failures: total.failures, errors: 0, time: '0' })}>`,
    ...ordered.flatMap(suiteXml),
    '</testsuites>',
  ];
  return lines.join('\n') + '\n';
}
