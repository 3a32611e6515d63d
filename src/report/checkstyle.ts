// --format checkstyle: Checkstyle's XML result format, read by reviewdog (-f=checkstyle), Jenkins'
// Warnings plugin, SonarQube and many editors: <checkstyle> holding one <file name> per file, each with
// <error line column severity message source>. Severities are Checkstyle's (error, warning, info).
// Suppressed findings are left out (the format has no notion of an accepted finding).
import { assertNever, type Report, type Severity } from '../model.js';
import { findingContext, locateFindings, type LocateOptions } from './located.js';
import { XML_DECLARATION, xmlOpen } from './xml.js';

/** the format version reviewdog, Jenkins and ESLint's formatter write and read */
export const CHECKSTYLE_FORMAT_VERSION = '4.3';

export function checkstyleSeverity(s: Severity): 'error' | 'warning' | 'info' {
  switch (s) {
    case 'error':
      return 'error';
    case 'warning':
      return 'warning';
    case 'note':
      return 'info';
    default:
      return assertNever(s, 'severity');
  }
}

export function formatCheckstyle(report: Report, opts: LocateOptions = {}): string {
  const byFile = new Map<string, { line: number; column: number; text: string }[]>();
  for (const { finding: f, path, line, column } of locateFindings(
    report.findings.filter((x) => !x.suppressed),
    opts,
  )) {
    const context = findingContext(f);
    const error = xmlOpen('error', {
      line,
      column,
      severity: checkstyleSeverity(f.severity),
      message: context ? `${f.message} [${context}]` : f.message,
      source: `subnet-guard.${f.rule}`,
    });
    const list = byFile.get(path) ?? [];
    list.push({ line, column: column ?? 0, text: `    ${error}/>` });
    byFile.set(path, list);
  }
  const lines = [XML_DECLARATION, `${xmlOpen('checkstyle', { version: CHECKSTYLE_FORMAT_VERSION })}>`];
  for (const path of [...byFile.keys()].sort()) {
    // within a file in line order (a stable sort keeps the display order of findings on one line)
    const errors = byFile.get(path)!.sort((a, b) => a.line - b.line || a.column - b.column);
    lines.push(`  ${xmlOpen('file', { name: path })}>`, ...errors.map((e) => e.text), '  </file>');
  }
  lines.push('</checkstyle>');
  return lines.join('\n') + '\n';
}
