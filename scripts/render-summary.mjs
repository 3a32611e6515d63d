#!/usr/bin/env node
// Renders job summaries the way a reviewer sees them: the bundled CLI writes each summary
// (`--format markdown`, the markdown the action writes to GITHUB_STEP_SUMMARY), marked turns it into
// HTML with GitHub's table and code styles, Mermaid diagrams (```mermaid fences) are drawn by mermaid
// from npm, and a real headless Chromium (Debian's `chromium`) takes a full-page screenshot into docs/.
// No network: every request the page makes is refused.
//
//   npm run render-summary                 # the four screenshots in docs/
//   node scripts/render-summary.mjs --check  # render, fail on a Mermaid error, write nothing
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** the summaries the docs show: [name, directory, extra CLI arguments] */
export const CASES = [
  ['failing', 'fixtures/aws-peered-vpc', []],
  ['clean', 'test/action/fixtures/clean', []],
  ['three-hosts', 'fixtures/three-hosts-30-networks', []],
  [
    'awesome-compose',
    fs.existsSync(path.join(ROOT, '../shared/corpus/awesome-compose')) ? '../shared/corpus/awesome-compose' : 'fixtures/awesome-compose',
    [],
  ],
];

/** the summary the bundled CLI prints for a directory (whatever its exit status) */
export function summaryOf(dir, extra = []) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli/index.js'), path.resolve(ROOT, dir), '--format', 'markdown', ...extra], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0 && r.status !== 1 && r.status !== 2) throw new Error(`subnet-guard ${dir}: exit ${r.status}\n${r.stderr}`);
  if (!r.stdout.startsWith('## subnet-guard')) throw new Error(`subnet-guard ${dir}: no summary\n${r.stderr}`);
  return r.stdout;
}

const CSS = `
body { font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; margin: 0; background: #fff; }
main { max-width: 1012px; padding: 24px 32px; }
h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin: 0 0 16px; }
h3 { font-size: 1.25em; margin: 24px 0 16px; } h4 { font-size: 1em; margin: 24px 0 16px; }
p, table, pre, details, blockquote { margin: 0 0 16px; }
code { font: 12px ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, monospace; background: rgba(129,139,152,.12); padding: .2em .4em; border-radius: 6px; }
pre { background: #f6f8fa; padding: 16px; border-radius: 6px; overflow: auto; } pre code { background: none; padding: 0; }
table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; } th { font-weight: 600; } tr:nth-child(2n) { background: #f6f8fa; }
details summary { cursor: pointer; } sub { color: #59636e; }
blockquote { border-left: .25em solid #d1d9e0; color: #59636e; padding: 0 1em; }
pre.mermaid { background: none; text-align: center; }
`;

/** markdown → a standalone HTML page; ```mermaid fences become <pre class="mermaid"> for mermaid.run() */
export function toHtml(markdown) {
  const { marked } = require('marked');
  const renderer = new marked.Renderer();
  const baseCode = renderer.code.bind(renderer);
  renderer.code = (token) => {
    if (token.lang === 'mermaid')
      return `<pre class="mermaid">${token.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</pre>\n`;
    return baseCode(token);
  };
  const body = marked.parse(markdown, { gfm: true, renderer });
  return `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body><main>${body}</main></body></html>`;
}

/**
 * Renders each page in one headless Chromium, <details> folded as GitHub shows them (openDetails: all open).
 * Returns, per page, its PNG (when a path is given), its height in CSS pixels, the Mermaid diagrams
 * drawn and any Mermaid error.
 */
export async function render(pages, opts = {}) {
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({ executablePath: opts.chromium ?? CHROMIUM, headless: true, args: FLAGS });
  const results = [];
  try {
    const context = await browser.newContext({ viewport: { width: opts.width ?? 1080, height: 800 }, deviceScaleFactor: 1, offline: true });
    await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    for (const p of pages) {
      const page = await context.newPage();
      await page.setContent(toHtml(p.markdown), { waitUntil: 'load' });
      if (opts.openDetails) await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      let diagrams = 0;
      let mermaidError = null;
      if (p.markdown.includes('```mermaid')) {
        await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
        const r = await page.evaluate(async () => {
          try {
            // eslint-disable-next-line no-undef
            mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
            // eslint-disable-next-line no-undef
            await mermaid.run({ querySelector: 'pre.mermaid' });
            return { drawn: document.querySelectorAll('pre.mermaid svg').length, error: null };
          } catch (e) {
            return { drawn: 0, error: String(e && e.message ? e.message : e) };
          }
        });
        diagrams = r.drawn;
        mermaidError = r.error;
      }
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const text = await page.evaluate(() => document.body.innerText);
      if (p.png) {
        fs.mkdirSync(path.dirname(p.png), { recursive: true });
        await page.screenshot({ path: p.png, fullPage: true });
      }
      results.push({ name: p.name, height, diagrams, mermaidError, text });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}

async function main() {
  const check = process.argv.includes('--check');
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`render-summary: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
    process.exit(2);
  }
  if (!fs.existsSync(path.join(ROOT, 'dist/cli/index.js'))) {
    console.error('render-summary: dist/cli/index.js is missing: run npm run bundle first');
    process.exit(2);
  }
  const pages = CASES.map(([name, dir, extra]) => ({
    name,
    markdown: summaryOf(dir, extra),
    png: check ? undefined : path.join(ROOT, 'docs', `summary-${name}.png`),
  }));
  const results = await render(pages);
  let failed = false;
  for (const r of results) {
    console.log(
      `${r.name}: ${r.height} px high, ${r.diagrams} Mermaid diagram(s)${r.mermaidError ? `, Mermaid error: ${r.mermaidError}` : ''}${check ? '' : ` → docs/summary-${r.name}.png`}`,
    );
    if (r.mermaidError) failed = true;
  }
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(3);
  });
}
