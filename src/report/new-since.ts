// --new-since REF / only-new: findings the base revision has too are not what a pull request adds.
// They are marked suppressed (reason: already on REF), so every format shows them apart and none
// fails the check. A finding is "the same" when its rule, file, host, engine model and message are:
// its line may move; a finding whose text changed (another redeploy, another subnet) counts as new.
import type { Finding, Report } from '../model.js';

function key(f: Finding): string {
  return [f.rule, f.file ?? '', f.host ?? '', f.model ?? '', f.message].join('\u0000');
}

/** the report with the findings `base` has too marked as suppressed; counted once per occurrence */
export function markNotNew(report: Report, base: Report, ref: string): Report {
  const left = new Map<string, number>();
  for (const f of base.findings) left.set(key(f), (left.get(key(f)) ?? 0) + 1);
  const findings = report.findings.map((f) => {
    if (f.suppressed) return f;
    const k = key(f);
    const n = left.get(k) ?? 0;
    if (n === 0) return f;
    left.set(k, n - 1);
    return { ...f, suppressed: true, suppressionReason: `already on ${ref}: not added by this change` };
  });
  return { ...report, findings };
}
