// The repository boundary (issue 6, item 3): a CI gate runs on untrusted pull requests, so whatever a
// pull request writes — inventory paths, `include:`, `extends.file`, env files, daemon.json, symbolic
// links — must not make subnet-guard read outside the checked-out repository, run anything from it,
// talk to the network (unless `comment` is on), or print the token.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { ConfigError } from '../../src/errors.js';
import { FsReader } from '../../src/load/reader.js';
import { runAction } from '../action/run-action.js';

const REPO = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const require = createRequire(import.meta.url);

/** a secret only the outside files hold: it must never show up in a report or a message */
const OUTSIDE_SECRET = 'OUTSIDE-SECRET-7f3a9c';

let base: string;
let outside: string;
beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-boundary-'));
  outside = path.join(base, 'outside');
  fs.mkdirSync(path.join(outside, 'app'), { recursive: true });
  fs.writeFileSync(
    path.join(outside, 'app', 'compose.yaml'),
    `name: ${OUTSIDE_SECRET.toLowerCase()}\nservices:\n  web:\n    image: nginx\n`,
  );
  fs.writeFileSync(path.join(outside, 'daemon.json'), `{"bip": "10.99.0.1/24", "x-secret": "${OUTSIDE_SECRET}"}\n`);
  fs.writeFileSync(path.join(outside, 'secret.env'), `TOKEN=${OUTSIDE_SECRET}\nCOMPOSE_PROJECT_NAME=${OUTSIDE_SECRET.toLowerCase()}\n`);
  fs.writeFileSync(
    path.join(outside, 'netbox.json'),
    JSON.stringify({ count: 1, results: [{ prefix: '10.77.0.0/16', description: OUTSIDE_SECRET }] }),
  );
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

let n = 0;
/** a repository next to `outside`: files by path, and symbolic links (repo path → absolute target) */
function repo(files: Record<string, string>, links: Record<string, string> = {}): string {
  const dir = path.join(base, `repo-${n++}`);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  for (const [rel, target] of Object.entries(links)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.symlinkSync(target, path.join(dir, rel));
  }
  return dir;
}

const APP = 'services:\n  web:\n    image: nginx\n';
/** the 1-based line of the first line of `text` that contains `needle` */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const inventory = (host: string, reserved = '') => `version: 1\n${reserved}hosts:\n  - name: h\n${host}`;

/** runs the check; it must refuse with a ConfigError that names the file and line that asked */
function refused(dir: string, file: string, line?: number): ConfigError {
  let err: unknown;
  try {
    const r = check(new FsReader(dir));
    err = new Error(`expected a refusal, got a report: ${JSON.stringify(r.report).slice(0, 300)}`);
  } catch (e) {
    err = e;
  }
  if (!(err instanceof ConfigError)) throw err;
  expect(err.pos?.file).toBe(file);
  if (line !== undefined) expect(err.pos?.line).toBe(line);
  expect(err.describe()).not.toContain(OUTSIDE_SECRET);
  return err;
}

describe('paths that leave the repository are refused, naming the line that wrote them', () => {
  it('inventory project paths: ../, absolute, home-relative and drive paths', () => {
    for (const p of ['../outside/app', '/etc', '~/app', 'C:\\\\app', 'app/../../outside/app']) {
      const text = inventory(`    projects:\n      - path: "${p}"\n`);
      const dir = repo({ 'app/compose.yaml': APP, 'network-inventory.yaml': text });
      const e = refused(dir, 'network-inventory.yaml', lineOf(text, 'path:'));
      expect(e.message).toMatch(/absolute path|leaves the repository/);
    }
  });

  it('inventory daemon, env-file and reserved import paths outside the repository', () => {
    const cases: [string, string][] = [
      [inventory('    daemon: ../outside/daemon.json\n'), 'daemon:'],
      [inventory('    daemon: /etc/docker/daemon.json\n'), 'daemon:'],
      [inventory('    env-file: ../outside/secret.env\n'), 'env-file:'],
      [inventory('', 'reserved:\n  - import: ../outside/netbox.json\n'), 'import:'],
    ];
    for (const [text, what] of cases) {
      const e = refused(repo({ 'app/compose.yaml': APP, 'network-inventory.yaml': text }), 'network-inventory.yaml', lineOf(text, what));
      expect(e.message, what).toMatch(/absolute path|leaves the repository/);
    }
  });

  it('symbolic links to outside: a project directory, a compose file, daemon.json, an env file, an import', () => {
    const cases: [Record<string, string>, Record<string, string>][] = [
      [{ 'network-inventory.yaml': inventory('    projects:\n      - path: app\n') }, { app: path.join(outside, 'app') }],
      [
        { 'network-inventory.yaml': inventory('    projects:\n      - path: app\n') },
        { 'app/compose.yaml': path.join(outside, 'app', 'compose.yaml') },
      ],
      [
        { 'app/compose.yaml': APP, 'network-inventory.yaml': inventory('    daemon: deploy/daemon.json\n') },
        { 'deploy/daemon.json': path.join(outside, 'daemon.json') },
      ],
      [
        { 'app/compose.yaml': APP, 'network-inventory.yaml': inventory('    env-file: deploy/host.env\n') },
        { 'deploy/host.env': path.join(outside, 'secret.env') },
      ],
      [
        { 'app/compose.yaml': APP, 'network-inventory.yaml': inventory('', 'reserved:\n  - import: infra/netbox.json\n') },
        { 'infra/netbox.json': path.join(outside, 'netbox.json') },
      ],
    ];
    for (const [files, links] of cases) {
      const e = refused(repo(files, links), 'network-inventory.yaml');
      expect(e.pos?.line).toBeGreaterThanOrEqual(3);
      expect(e.message).toMatch(/points outside the repository/);
    }
  });

  it('a discovered compose file, its .env or the whole project directory linked to outside (no inventory)', () => {
    for (const [files, links] of [
      [{}, { 'app/compose.yaml': path.join(outside, 'app', 'compose.yaml') }],
      [{ 'app/compose.yaml': APP }, { 'app/.env': path.join(outside, 'secret.env') }],
      [{ 'docs/README.md': '' }, { app: path.join(outside, 'app') }],
    ] as [Record<string, string>, Record<string, string>][]) {
      let err: unknown;
      try {
        const { report } = check(new FsReader(repo(files, links)));
        // a linked directory is not walked into: then nothing outside was read either
        expect(JSON.stringify(report)).not.toContain(OUTSIDE_SECRET.toLowerCase());
        continue;
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ConfigError);
      // a linked directory is not walked into: then there is no project at all, which is a configuration error too
      expect((err as ConfigError).message).toMatch(/outside the repository|no compose project found/);
      expect((err as ConfigError).describe()).not.toContain(OUTSIDE_SECRET);
    }
  });

  it('compose include:, include env_file and extends.file that leave the repository, at their line', () => {
    const cases: [string, string][] = [
      ['include:\n  - ../../outside/app/compose.yaml\n' + APP, 'outside/app'],
      ['include:\n  - path: inc.yaml\n    env_file: ../../outside/secret.env\n' + APP, 'env_file'],
      [APP + '    extends:\n      file: ../../outside/app/compose.yaml\n      service: web\n', 'file:'],
    ];
    for (const [text, needle] of cases) {
      const dir = repo({ 'app/compose.yaml': text, 'app/inc.yaml': APP });
      const e = refused(dir, 'app/compose.yaml', lineOf(text, needle));
      expect(e.message).toMatch(/outside the repository/);
    }
    // an absolute include is refused as written: neither read from the machine nor, joined to the
    // project directory, from the repository (app/etc/compose.yaml exists here, and is not read either)
    for (const [text, written] of [
      ['include:\n  - /etc/compose.yaml\n' + APP, '/etc/compose.yaml'],
      ['include: [/etc/compose.yaml]\n' + APP, '/etc/compose.yaml'],
      ['include:\n  - path: ' + path.join(outside, 'app', 'compose.yaml') + '\n' + APP, path.join(outside, 'app', 'compose.yaml')],
      ["include:\n  - 'C:\\compose.yaml'\n" + APP, 'C:\\compose.yaml'],
      ['include:\n  - ~/compose.yaml\n' + APP, '~/compose.yaml'],
    ]) {
      const e = refused(
        repo({ 'app/compose.yaml': text, 'app/etc/compose.yaml': 'name: ' + OUTSIDE_SECRET.toLowerCase() + '\n' + APP }),
        'app/compose.yaml',
        lineOf(text, written),
      );
      expect(e.message).toBe(
        `included file ${JSON.stringify(written)} is an absolute path: include paths must be relative and stay inside the repository`,
      );
    }
    // and an included file that is a link to outside
    const dir = repo({ 'app/compose.yaml': 'include: [inc.yaml]\n' + APP }, { 'app/inc.yaml': path.join(outside, 'app', 'compose.yaml') });
    expect(refused(dir, 'app/inc.yaml').message).toMatch(/outside the repository/);
  });

  it('links that stay inside the repository, and a repository reached through a link, are fine', () => {
    const dir = repo({ 'real/compose.yaml': APP, 'network-inventory.yaml': inventory('    projects:\n      - path: app\n') }, {});
    fs.symlinkSync(path.join(dir, 'real'), path.join(dir, 'app'));
    const linkedRoot = path.join(base, `root-link-${n++}`);
    fs.symlinkSync(dir, linkedRoot);
    for (const root of [dir, linkedRoot]) expect(check(new FsReader(root)).report.hosts[0].name).toBe('h');
  });
});

describe('a compose file that is a symbolic link', () => {
  const PINNED =
    'services:\n  web:\n    image: nginx\n    networks: [back]\nnetworks:\n  back:\n    ipam:\n      config:\n        - subnet: 10.50.1.0/24\n';
  const RESERVED = 'version: 1\nreserved:\n  - cidr: 10.50.0.0/16\n    name: office\n';

  it('is followed and checked like a regular file when it points inside the repository', () => {
    // compose.yaml -> deploy/compose.prod.yaml, and app/compose.yaml -> ../deploy/app.yaml with a real override
    const dir = repo(
      {
        'deploy/compose.prod.yaml': PINNED,
        'deploy/app.yaml': APP,
        'app/compose.override.yaml': 'services:\n  web:\n    networks: [default]\n',
        'network-inventory.yaml': RESERVED,
      },
      { 'compose.yaml': 'deploy/compose.prod.yaml', 'app/compose.yaml': '../deploy/app.yaml' },
    );
    const { report, context } = check(new FsReader(dir), { rootName: 'root' });
    expect(context.hosts[0].projects.map((p) => p.project.files)).toEqual([
      ['compose.yaml'],
      ['app/compose.yaml', 'app/compose.override.yaml'],
    ]);
    // the link's content is checked, located at the link's path (the path the user runs compose with)
    const overlap = report.findings.filter((f) => f.rule === 'pinned-reserved-overlap');
    expect(overlap.length).toBeGreaterThan(0);
    expect(overlap.map((f) => [f.file, f.line])).toContainEqual(['compose.yaml', lineOf(PINNED, 'subnet:')]);
  });

  it('is refused, naming the link but never where it points, when it points outside the repository', () => {
    for (const target of [path.join(outside, 'app', 'compose.yaml'), '../../outside/app/compose.yaml']) {
      const dir = repo({}, { 'app/compose.yaml': target });
      const e = refused(dir, 'app/compose.yaml');
      expect(e.message).toBe(
        'path "app/compose.yaml" points outside the repository through a symbolic link; links are followed only inside the repository',
      );
      expect(e.describe()).toBe(`app/compose.yaml: ${e.message}`);
    }
  });

  it('is refused when it dangles or loops, naming the link and what it says', () => {
    const dangling = refused(repo({}, { 'app/compose.yaml': 'compose.prod.yaml' }), 'app/compose.yaml');
    expect(dangling.message).toBe('path "app/compose.yaml" is a symbolic link to "compose.prod.yaml", which does not exist');
    const loop = refused(repo({}, { 'app/compose.yaml': 'compose.yaml' }), 'app/compose.yaml');
    expect(loop.message).toBe('path "app/compose.yaml" is a symbolic link to "compose.yaml", which leads back to itself (a loop of links)');
  });

  it('is matched by --compose globs like a regular file, and refused there too when it leaves', () => {
    const inside = repo({ 'deploy/stack.yaml': PINNED, 'network-inventory.yaml': RESERVED }, { 'stacks/web.yaml': '../deploy/stack.yaml' });
    const { context } = check(new FsReader(inside), { composeFiles: ['stacks/*.yaml'] });
    expect(context.hosts[0].projects.map((p) => p.project.files)).toEqual([['stacks/web.yaml']]);
    const out = repo({ 'network-inventory.yaml': RESERVED }, { 'stacks/web.yaml': path.join(outside, 'app', 'compose.yaml') });
    let err: unknown;
    try {
      check(new FsReader(out), { composeFiles: ['stacks/*.yaml'] });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).pos?.file).toBe('stacks/web.yaml');
    expect((err as ConfigError).message).toBe(
      'path "stacks/web.yaml" points outside the repository through a symbolic link; links are followed only inside the repository',
    );
  });

  it('a linked directory is not walked into by discovery; a link out of the repository is listed as a file, without looking at what it names', () => {
    const dir = repo({ 'real/compose.yaml': APP }, { app: 'real', ext: path.join(outside, 'app') });
    fs.symlinkSync(path.join(outside, 'app', 'compose.yaml'), path.join(dir, 'real', 'not-a-compose-name.yaml'));
    const reader = new FsReader(dir);
    expect(reader.list('.').map((e) => [e.name, e.kind])).toEqual([
      ['app', 'other'],
      ['ext', 'file'],
      ['real', 'dir'],
    ]);
    // a link to a file is listed as a file (whether it may be read is decided when it is read)
    expect(reader.list('real')).toEqual([
      { name: 'compose.yaml', kind: 'file' },
      { name: 'not-a-compose-name.yaml', kind: 'file' },
    ]);
    const { context } = check(reader, { rootName: 'r' });
    expect(context.hosts[0].projects.map((p) => p.project.files)).toEqual([['real/compose.yaml']]);
  });
});

describe('the command line reads --inventory and --daemon named outside the checked directory, and only those', () => {
  const cli = (args: string[]) =>
    spawnSync(process.execPath, ['--import', pathToFileURL(require.resolve('tsx')).href, path.join(REPO, 'src', 'cli.ts'), ...args], {
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('reads a file named on purpose (issue 14), never echoing what it holds, without a stack trace', () => {
    const dir = repo({ 'app/compose.yaml': APP });
    // the daemon.json outside is used: docker0 takes its bip
    const d = cli([dir, '--daemon', path.join(outside, 'daemon.json'), '--format', 'json']);
    expect(d.status, d.stderr).toBe(2); // nothing reserved: not checked
    expect(JSON.parse(d.stdout).hosts[0].boot[0].subnet).toBe('10.99.0.0/24');
    // a NetBox export is not an inventory: refused at its line, its contents not quoted
    const i = cli([dir, '--inventory', path.join(outside, 'netbox.json')]);
    expect(i.status).toBe(2);
    expect(i.stderr).toMatch(/netbox\.json:1:\d+: unknown key "count"/);
    for (const r of [d, i]) {
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout + r.stderr).not.toContain(OUTSIDE_SECRET);
    }
  }, 120_000);

  it('exits 2 for an absolute include and for a compose file linked outside, naming file and line', () => {
    const abs = repo({ 'app/compose.yaml': 'include:\n  - path: /etc/compose.yaml\n' + APP });
    const a = cli([abs]);
    expect(a.status, a.stderr).toBe(2);
    expect(a.stderr).toBe(
      'subnet-guard: app/compose.yaml:2:11: included file "/etc/compose.yaml" is an absolute path: include paths must be relative and stay inside the repository\n',
    );
    const target = path.join(outside, 'app', 'compose.yaml');
    const l = cli([repo({}, { 'app/compose.yaml': target })]);
    expect(l.status, l.stderr).toBe(2);
    expect(l.stderr).toBe(
      'subnet-guard: app/compose.yaml: path "app/compose.yaml" points outside the repository through a symbolic link; links are followed only inside the repository\n',
    );
    expect(l.stdout + l.stderr).not.toContain(OUTSIDE_SECRET);
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------
// nothing from the repository is executed, nothing goes to the network

/** every TypeScript file under src/, repository-relative */
function sources(dir = path.join(REPO, 'src')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [path.relative(REPO, p).split(path.sep).join('/')] : [];
  });
}

const sourceFiles = new Map<string, ts.SourceFile>();
function parsed(file: string): ts.SourceFile {
  let sf = sourceFiles.get(file);
  if (!sf) {
    sf = ts.createSourceFile(file, fs.readFileSync(path.join(REPO, file), 'utf8'), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    sourceFiles.set(file, sf);
  }
  return sf;
}

/** module specifiers a file imports: static imports and re-exports, import(), require() (by the TypeScript parser) */
function importsOf(file: string): string[] {
  return ts.preProcessFile(parsed(file).text, true, true).importedFiles.map((f) => f.fileName);
}

/** calls in a file that reach outside the process or run strings as code */
function dangerousCalls(file: string, sf: ts.SourceFile = parsed(file)): string[] {
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    const line = () => sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
      const target = ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) ? callee.expression.text : '';
      if (['fetch', 'WebSocket', 'XMLHttpRequest', 'EventSource'].includes(name) && (target === '' || target === 'globalThis'))
        out.push(`${file}:${line()}: ${name}()`);
      if (name === 'eval' || (ts.isNewExpression(node) && name === 'Function')) out.push(`${file}:${line()}: ${name} of a string`);
      const first = node.arguments?.[0];
      if (
        ts.isCallExpression(node) &&
        (callee.kind === ts.SyntaxKind.ImportKeyword || name === 'require') &&
        first &&
        !ts.isStringLiteralLike(first)
      ) {
        out.push(`${file}:${line()}: loads a module by computed name`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** `subnet-guard snapshot`'s reader of the live host: the Engine API over the socket given, GET only */
const SNAPSHOT_READER = 'src/snapshot/live.ts';
const NETWORK = /^(node:)?(http|https|http2|net|tls|dgram|dns)(\/|$)|^undici(\/|$)|^@actions\/github(\/|$)|^@octokit\//;
const EXECUTES = /^(node:)?(child_process|vm|worker_threads|cluster|module)(\/|$)/;

describe('no code path runs what a repository contains, and only the PR comment talks to the network', () => {
  const files = sources();

  it('finds the sources it scans', () => {
    expect(files).toContain('src/check.ts');
    expect(files).toContain('src/main.ts');
    expect(importsOf('src/main.ts')).toContain('@actions/github');
  });

  it('the scanners see what they look for (a snippet with each pattern)', () => {
    const text =
      "import http from 'node:http';\nconst m = await import(name);\nfetch('x');\nglobalThis.fetch('y');\neval('1');\nnew Function('return 1');\nrequire(path);\n// fetch('in a comment') is fine\nconst s = 'eval(\"in a string\")';\n";
    const sf = ts.createSourceFile('snippet.ts', text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    expect(ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName)).toEqual(['node:http']);
    expect(dangerousCalls('snippet.ts', sf).map((d) => d.replace(/^snippet\.ts:/, ''))).toEqual([
      '2: loads a module by computed name',
      '3: fetch()',
      '4: fetch()',
      '5: eval of a string',
      '6: Function of a string',
      '7: loads a module by computed name',
    ]);
  });

  // src/snapshot/live.ts is `subnet-guard snapshot`'s Engine API client: GETs to the Docker socket the
  // operator names (run on the Docker host, never by the check or the action)
  it("only src/main.ts, src/report/comment*.ts and the snapshot's Docker API reader import a network module (http, https, net, tls, dns, undici, @actions/github, @octokit)", () => {
    const offenders = files.filter(
      (f) =>
        f !== 'src/main.ts' &&
        f !== SNAPSHOT_READER &&
        !/^src\/report\/comment[^/]*\.ts$/.test(f) &&
        importsOf(f).some((m) => NETWORK.test(m)),
    );
    expect(offenders).toEqual([]);
  });

  it('no source uses fetch, WebSocket or XMLHttpRequest, spawns processes, evaluates strings or loads modules by computed name', () => {
    const offenders: string[] = [];
    for (const f of files) {
      // the one exception: --new-since / only-new run the system's git with fixed arguments, plain
      // object reads (ls-tree, cat-file; no checkout, filters or hooks), pinned by test/cli/new-since.test.ts
      for (const m of importsOf(f))
        if (EXECUTES.test(m) && !(f === 'src/git-base.ts' && m === 'node:child_process')) offenders.push(`${f}: imports ${m}`);
      offenders.push(...dangerousCalls(f));
    }
    expect(offenders).toEqual([]);
  });

  it("the command line reaches a network module only through the snapshot's Docker API reader (import graph from src/cli.ts)", () => {
    const seen = new Set<string>();
    const stack = ['src/cli.ts'];
    const reached: string[] = [];
    while (stack.length) {
      const f = stack.pop()!;
      if (seen.has(f)) continue;
      seen.add(f);
      for (const m of importsOf(f)) {
        if (NETWORK.test(m) && f !== SNAPSHOT_READER) reached.push(`${f} imports ${m}`);
        if (m.startsWith('.')) stack.push(path.posix.normalize(path.posix.join(path.posix.dirname(f), m.replace(/\.js$/, '.ts'))));
      }
    }
    expect(seen.size).toBeGreaterThan(10);
    expect(reached).toEqual([]);
  });

  it('a repository full of things that run elsewhere (hooks, scripts, YAML code tags, command substitution) runs none of them', () => {
    const marker = path.join(base, `pwned-${n++}`);
    const sh = `touch ${marker}`;
    const dir = repo({
      'package.json': JSON.stringify({ name: 'x', scripts: { preinstall: sh, postinstall: sh, test: sh } }),
      'node_modules/evil/index.js': `require('fs').writeFileSync(${JSON.stringify(marker)}, '')`,
      'node_modules/evil/compose.yaml': APP,
      '.git/hooks/post-checkout': `#!/bin/sh\n${sh}\n`,
      'app/compose.yaml':
        `name: app\nx-code: !!js/function "function () { require('fs').writeFileSync('${marker}', '') }"\n` +
        `x-eval: !!python/object/apply:os.system ["${sh}"]\n` +
        `services:\n  web:\n    image: "$(${sh})"\n    command: "\`${sh}\`"\n    environment:\n      A: \${X:-$(${sh})}\n`,
      'app/.env': `X=$(${sh})\nY=\`${sh}\`\n`,
      'app/compose.override.yaml': 'services:\n  web:\n    labels: ["${X}"]\n',
    });
    let outcome = 'report';
    try {
      check(new FsReader(dir));
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      outcome = 'config error';
    }
    expect(['report', 'config error']).toContain(outcome);
    expect(fs.existsSync(marker)).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// the action: no request unless `comment` is on, and the token never in its output

const TOKEN = 'ghs_boundarySecretToken0123456789ABCDEFGH';

/** an API that counts requests and answers every one with `status` (and `message`, which may quote the request) */
class CountingApi {
  requests: { method?: string; url?: string; authorization?: string }[] = [];
  url = '';
  status = 500;
  message: (authorization: string | undefined) => string = () => 'Server Error';
  private server = http.createServer((req, res) => {
    this.requests.push({ method: req.method, url: req.url, authorization: req.headers.authorization });
    req.resume();
    req.on('end', () => {
      res.writeHead(this.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: this.message(req.headers.authorization) }));
    });
  });
  async start(): Promise<void> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  async stop(): Promise<void> {
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}

function allFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? allFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('the action (sources through tsx, as the runner starts it)', () => {
  const api = new CountingApi();
  beforeAll(() => api.start());
  afterAll(() => api.stop());
  const pr = {
    action: 'synchronize',
    number: 5,
    pull_request: { number: 5, head: { sha: 'feedfacefeedfacefeedfacefeedfacefeedface' } },
    repository: { name: 'infra', owner: { login: 'octo-org' } },
  };

  async function run(inputs: Record<string, string>, fixture = 'peered-vpc', env: Record<string, string> = {}) {
    const r = await runAction({
      entry: 'sources',
      fixtures: { '.': fixture },
      inputs: {
        'github-token': TOKEN,
        'fail-on': 'never',
        'sarif-file': 'out/s.sarif',
        'json-file': 'out/s.json',
        'badge-file': 'out/badge.svg',
        ...inputs,
      },
      event: pr,
      eventName: 'pull_request',
      env: { GITHUB_API_URL: api.url, RUNNER_DEBUG: '1', ...env },
    });
    const written = allFiles(r.workspace).map((f) => fs.readFileSync(f, 'utf8'));
    const everything = [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs), ...written].join('\n');
    r.cleanup();
    return { r, everything };
  }

  it('makes no request at all with comment off, on a pull request, with findings', async () => {
    api.requests = [];
    const { r, everything } = await run({ comment: 'false' });
    expect(r.outputs.outcome).toBe('findings');
    expect(api.requests).toEqual([]);
    expect(everything).not.toContain(TOKEN);
  }, 120_000);

  it('with comment on, sends the token only to the API, and prints it nowhere when the API fails (500, 403)', async () => {
    api.requests = [];
    for (const [status, message] of [
      [500, 'Server Error'],
      [403, 'Resource not accessible by integration'],
    ] as const) {
      api.status = status;
      api.message = () => message;
      const { r, everything } = await run({ comment: 'true' });
      expect(r.outputs.outcome).toBe('findings');
      expect(everything).not.toContain(TOKEN);
      expect(everything).toContain(message);
    }
    expect(api.requests.length).toBeGreaterThan(0);
    expect(api.requests.every((q) => q.authorization === `token ${TOKEN}` || q.authorization === `Bearer ${TOKEN}`)).toBe(true);
  }, 240_000);

  // A proxy or gateway in front of GitHub Enterprise that quotes the request in its error: main.ts prints
  // the API's message verbatim in a ::warning and in the job summary, so the token must be redacted there.
  it('does not print the token when an API error message quotes it back', async () => {
    api.status = 502;
    api.message = (authorization) => `bad gateway for request with Authorization: ${authorization ?? ''}`;
    try {
      const { everything } = await run({ comment: 'true' });
      expect(everything).not.toContain(TOKEN);
    } finally {
      api.message = () => 'Server Error';
    }
  }, 120_000);

  it('keeps the token out of a configuration error too', async () => {
    const { r, everything } = await run({ comment: 'true' }, 'bad-cidr');
    expect(r.outputs.outcome).toBe('config-error');
    expect(everything).not.toContain(TOKEN);
  }, 120_000);
});
