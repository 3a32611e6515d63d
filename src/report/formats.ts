// Every report format by name, for the CLI (--format, --output-format) and the action (format-files):
// one table so that both offer the same formats and render them the same way. Each format lives in a
// file of its own; this only dispatches.
import { assertNever, type Report } from '../model.js';
import { formatAnnotations, formatLog } from './annotations.js';
import { formatCheckstyle } from './checkstyle.js';
import { formatCodeQualityText } from './gitlab.js';
import { toJson } from './json.js';
import { formatJunit } from './junit.js';
import type { FailOn } from './order.js';
import { formatSarifText } from './sarif.js';
import { formatSummary } from './summary.js';
import { toText, type TextOptions } from './text.js';

export const FORMATS = ['text', 'json', 'sarif', 'junit', 'gitlab', 'checkstyle', 'markdown', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  /** where the check root sits inside the repository ("" for the root) */
  pathPrefix?: string;
  /** repository-relative file that findings without a file are shown on (the inventory) */
  fallbackFile?: string;
  failOn?: FailOn;
  /** the text format's colours and width (a terminal) */
  terminal?: TextOptions;
}

export function isFormat(s: string): s is Format {
  return (FORMATS as readonly string[]).includes(s);
}

export function renderFormat(format: Format, report: Report, opts: RenderOptions = {}): string {
  const located = { pathPrefix: opts.pathPrefix, fallbackFile: opts.fallbackFile };
  switch (format) {
    case 'text':
      return toText(report, opts.terminal);
    case 'json':
      return toJson(report);
    case 'sarif':
      return formatSarifText(report, located);
    case 'junit':
      return formatJunit(report, { ...located, failOn: opts.failOn });
    case 'gitlab':
      return formatCodeQualityText(report, located);
    case 'checkstyle':
      return formatCheckstyle(report, located);
    case 'markdown':
      return formatSummary(report, { pathPrefix: opts.pathPrefix, failOn: opts.failOn });
    case 'github':
      return (
        [
          ...formatAnnotations(report, { pathPrefix: opts.pathPrefix, reservedErrorSlots: 0 }).commands,
          formatLog(report, { pathPrefix: opts.pathPrefix }),
        ].join('\n') + '\n'
      );
    default:
      return assertNever(format, 'format');
  }
}
