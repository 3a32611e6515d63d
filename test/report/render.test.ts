// The job summary rendered as a reviewer sees it: markdown → HTML (marked, GitHub-flavoured) and
// Mermaid diagrams drawn by mermaid from npm, in a real headless Chromium (Debian's `chromium`), with
// the network off. Skipped only where chromium is missing and CI is not set; on CI it must run.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { CHROMIUM, render, summaryOf } from '../../scripts/render-summary.mjs';

const hasChromium = fs.existsSync(CHROMIUM);
const hasCli = fs.existsSync(path.resolve(__dirname, '../../dist/cli/index.js'));
if (!hasChromium && process.env.CI) throw new Error(`render test: no Chromium at ${CHROMIUM} on CI (.ci/run installs Debian's chromium)`);

describe.skipIf(!hasChromium && !process.env.CI)('the job summary in headless Chromium', () => {
  it('renders the failing fixture readably: verdict, grid with the reserved row and the colliding column, within a screen per host', async () => {
    expect(hasCli).toBe(true);
    const png = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sg-render-')), 'failing.png');
    const md = summaryOf('fixtures/aws-peered-vpc');
    const [r] = await render([{ name: 'failing', markdown: md, png }]);
    expect(r.mermaidError).toBeNull();
    // what the browser shows, as text: the verdict and the grid's marks survived markdown → HTML
    expect(r.text).toContain('app-1 loses 172.31.0.0/16 (ops VPC (peered, bastion SSH)) on redeploy 14');
    expect(r.text).toMatch(/🛑 172\.31\.0\.0\/16 ops VPC/);
    expect(r.text).toContain('Walk through the pools');
    // a real PNG of the whole page, taller than one row and not absurdly tall
    const buf = fs.readFileSync(png);
    expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(r.height).toBeGreaterThan(800);
    expect(r.height).toBeLessThan(4000);
  }, 120_000);

  it('draws Mermaid diagrams in the page and reports a broken one', async () => {
    const good = '## diagram\n\n```mermaid\nflowchart LR\n  load --> simulate --> rules --> fix --> report\n```\n';
    const bad = '## broken\n\n```mermaid\nflowchart LR\n  a --> --> b ((\n```\n';
    const [a, b] = await render([
      { name: 'good', markdown: good },
      { name: 'bad', markdown: bad },
    ]);
    expect(a.diagrams).toBe(1);
    expect(a.mermaidError).toBeNull();
    expect(b.mermaidError).not.toBeNull();
  }, 120_000);
});
