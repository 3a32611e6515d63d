// --format text on a terminal: the verdict first, colours when asked, messages wrapped under their
// location to the terminal's width, suppressed findings marked first.
import { describe, expect, it } from 'vitest';
import { toText, wrap } from '../../src/report/text.js';
import { peeredVpcReport } from './reports.js';

describe('the text report on a terminal', () => {
  it('wraps each message to the width under its location, words kept whole', () => {
    const out = toText(peeredVpcReport(), { width: 60 });
    const lines = out.split('\n');
    const at = lines.findIndex((l) => l.startsWith('app/compose.yaml:4'));
    expect(lines[at]).toMatch(/^app\/compose\.yaml:4(:\d+)?: error reserved-collision:$/);
    const body = [];
    for (let i = at + 1; lines[i]!.startsWith('    '); i++) body.push(lines[i]!);
    expect(body.length).toBeGreaterThan(2);
    for (const l of body) expect(l.length).toBeLessThanOrEqual(60);
    expect(body.map((l) => l.trim()).join(' ')).toBe(peeredVpcReport().findings[0]!.message.replace(/\s+/g, ' '));
  });

  it('keeps one line per finding when the width is unknown (a pipe, a file)', () => {
    const out = toText(peeredVpcReport());
    expect(out).toMatch(/^app\/compose\.yaml:4(:\d+)?: error reserved-collision: On redeploy 14 /m);
  });

  it('colours the verdict and the severity only when asked', () => {
    expect(toText(peeredVpcReport())).not.toContain('\u001b[');
    const c = toText(peeredVpcReport(), { color: true });
    expect(c.split('\n')[0]).toMatch(/^\u001b\[1;31m✖ app-1 loses /);
    expect(c).toContain('\u001b[31merror\u001b[0m');
  });

  it('marks suppressed findings at the front', () => {
    const r = peeredVpcReport();
    r.findings = [{ ...r.findings[0]!, suppressed: true, suppressionReason: 'peering removed in May' }];
    expect(toText(r)).toMatch(/^suppressed \(peering removed in May\): app\/compose\.yaml:4/m);
  });

  it('wraps words, never cutting one', () => {
    expect(wrap('aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
    expect(wrap('averyveryverylongword x', 5)).toEqual(['averyveryverylongword', 'x']);
  });
});
