// --format gitlab: a GitLab Code Quality report (artifacts:reports:codequality), the subset of the Code
// Climate issue format GitLab reads: description, check_name, fingerprint, severity (info | minor |
// major | critical | blocker) and location.path + location.lines.begin, the path relative to the
// repository root. GitLab compares the reports of the base and the head of a merge request by
// fingerprint, so a fingerprint depends on what a finding says and where (file, host, model), never on
// its line. Suppressed findings are left out: GitLab has no notion of an accepted finding.
import { assertNever, type Severity } from '../model.js';
import type { Report } from '../model.js';
import { findingContext, locateFindings, type LocateOptions } from './located.js';
import { ruleDoc, ruleHelpUri, type RuleDoc } from './rule-docs.js';

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export interface CodeQualityIssue {
  type: 'issue';
  check_name: string;
  description: string;
  content: { body: string };
  categories: string[];
  severity: CodeQualitySeverity;
  fingerprint: string;
  location: { path: string; lines: { begin: number; end?: number } };
}

export function codeQualitySeverity(s: Severity): CodeQualitySeverity {
  switch (s) {
    case 'error':
      return 'major';
    case 'warning':
      return 'minor';
    case 'note':
      return 'info';
    default:
      return assertNever(s, 'severity');
  }
}

export interface CodeQualityOptions extends LocateOptions {
  /** where rule texts come from (default: the rules' own texts, see rule-docs.ts) */
  ruleDocs?: (id: string, severity: Severity) => RuleDoc;
}

export function formatCodeQuality(report: Report, opts: CodeQualityOptions = {}): CodeQualityIssue[] {
  const docOf = opts.ruleDocs ?? ruleDoc;
  return locateFindings(
    report.findings.filter((f) => !f.suppressed),
    opts,
  ).map(({ finding: f, path, line, endLine, fingerprint }) => {
    const doc = docOf(f.rule, f.severity);
    const context = findingContext(f);
    return {
      type: 'issue',
      check_name: f.rule,
      description: f.message,
      content: {
        body: `${context ? `${context}.\n\n` : ''}${doc.full}\n\n**How to fix.** ${doc.fix}\n\n[${f.rule}](${ruleHelpUri(f.rule)})`,
      },
      categories: ['Bug Risk'],
      severity: codeQualitySeverity(f.severity),
      fingerprint,
      location: { path, lines: endLine !== undefined && endLine > line ? { begin: line, end: endLine } : { begin: line } },
    };
  });
}

export function formatCodeQualityText(report: Report, opts: CodeQualityOptions = {}): string {
  return JSON.stringify(formatCodeQuality(report, opts), null, 2) + '\n';
}
