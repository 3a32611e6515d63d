// End to end: the action started as the runner starts it — the committed bundle (dist/index.js) and,
// so that the same behaviour is pinned before a bundle exists, the TypeScript sources through tsx.
// Both must produce the same golden files (test/golden/action/…; UPDATE_GOLDEN=1 rewrites them).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE, runAction, type Entry, type RunResult } from './run-action.js';
import { GitHubApiServer } from './github-api-server.js';
import { expectGolden } from '../report/golden.js';
import { githubIngestionErrors, multitoolPath, multitoolValidate, schemaErrors } from '../report/sarif-validate.js';
import { checkstyleParse, codeQualityErrors, junitParse, xsdErrors } from '../report/format-validate.js';

const hasBundle = fs.existsSync(BUNDLE);
if (!hasBundle) {
  console.warn('e2e: dist/index.js does not exist yet — the bundle cases are skipped (npm run bundle builds it); the sources cases run');
}

const TOKEN = 'ghs_e2eSecretToken0123456789abcdefghijkl';

function commands(stdout: string): string[] {
  return stdout.split('\n').filter((l) => /^::(error|warning|notice)\b/.test(l));
}

/** everything a case leaves behind, normalised for a golden file */
function goldenOf(r: RunResult): Record<string, string> {
  return {
    'stdout.txt': r.stdout,
    'outputs.json': JSON.stringify({ exitCode: r.code, ...r.outputs }, null, 2) + '\n',
    'summary.md': r.summary,
  };
}

/** the sources write the goldens (UPDATE_GOLDEN=1); the bundle must reproduce them, or dist/ is stale */
function checkGoldens(entry: Entry, name: string, r: RunResult, extra: Record<string, string> = {}): void {
  for (const [file, content] of Object.entries({ ...goldenOf(r), ...extra })) {
    expectGolden(
      `action/${name}/${file}`,
      content,
      entry === 'bundle'
        ? {
            compareOnly: true,
            hint: `dist/index.js does not reproduce test/golden/action/${name}/${file} written from the sources: dist/ is stale (npm run bundle)`,
          }
        : {},
    );
  }
}

function pullRequestEvent(number: number) {
  return {
    action: 'synchronize',
    number,
    pull_request: { number, head: { sha: 'feedfacefeedfacefeedfacefeedfacefeedface' } },
    repository: { name: 'infra', owner: { login: 'octo-org' } },
  };
}

const entries: Entry[] = ['sources', 'bundle'];

for (const entry of entries) {
  const suite = entry === 'bundle' && !hasBundle ? describe.skip : describe;
  suite(`the action run as the runner runs it (${entry === 'bundle' ? 'dist/index.js' : 'src/index.ts through tsx'})`, () => {
    const results: RunResult[] = [];
    const run = async (opts: Omit<Parameters<typeof runAction>[0], 'entry'>) => {
      const r = await runAction({ entry, ...opts });
      results.push(r);
      return r;
    };
    afterAll(() => results.forEach((r) => r.cleanup()));

    it('fails on the peered-VPC fixture with annotations on the right line, all outputs, a summary, SARIF and a badge', async () => {
      const r = await run({
        fixtures: { deploy: 'peered-vpc' },
        inputs: {
          'working-directory': 'deploy',
          'sarif-file': 'results/subnet-guard.sarif',
          'json-file': 'results/subnet-guard.json',
          'badge-file': 'badges/subnets.svg',
          'fail-on': 'error',
          annotations: 'true',
          summary: 'true',
          comment: 'false',
          'github-token': TOKEN,
        },
      });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      const cmds = commands(r.stdout);
      expect(cmds[0]).toMatch(
        /^::error file=deploy\/app\/compose\.yaml,line=3,endLine=3,col=3,endColumn=\d+,title=subnet-guard reserved-collision · app-1 \(round-robin\) · redeploy 14::/,
      );
      expect(cmds[cmds.length - 1]).toMatch(
        /^::error::subnet-guard: app-1 loses 172\.31\.0\.0\/16 \(ops VPC \(peered, bastion SSH\)\) on redeploy 14/,
      );
      expect(r.outputs).toEqual({
        outcome: 'findings',
        errors: '1',
        warnings: '0',
        'first-collision-cycle': '14',
        'sarif-file': 'results/subnet-guard.sarif',
        'json-file': 'results/subnet-guard.json',
        'badge-file': 'badges/subnets.svg',
      });
      expect(r.summary).toContain('❌ **app-1 loses 172.31.0.0/16 (ops VPC (peered, bastion SSH)) on redeploy 14**');
      expect(r.summary).toContain(
        '](https://github.com/octo-org/infra/blob/0123456789abcdef0123456789abcdef01234567/deploy/app/compose.yaml#L3)',
      );

      const sarifText = r.file('results/subnet-guard.sarif')!;
      const sarif = JSON.parse(sarifText);
      expect(schemaErrors(sarif)).toEqual([]);
      expect(githubIngestionErrors(sarif, sarifText)).toEqual([]);
      if (multitoolPath()) expect(multitoolValidate(path.join(r.workspace, 'results/subnet-guard.sarif'))).toEqual([]);
      expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('deploy/app/compose.yaml');

      const json = JSON.parse(r.file('results/subnet-guard.json')!);
      expect(json.schemaVersion).toBe(1);
      expect(json.hosts[0].firstCollision.cycle).toBe(14);
      expect(r.file('badges/subnets.svg')).toContain('collides @14');
      expect(JSON.parse(r.file('badges/subnets.json')!)).toEqual({
        schemaVersion: 1,
        label: 'subnets',
        message: 'collides @14',
        color: 'red',
      });

      checkGoldens(entry, 'peered-vpc', r, { 'subnet-guard.sarif': sarifText, 'badge.svg': r.file('badges/subnets.svg')! });
    });

    it('writes the JUnit, GitLab Code Quality and Checkstyle reports format-files asks for, located in the repository', async () => {
      const r = await run({
        fixtures: { deploy: 'peered-vpc' },
        inputs: {
          'working-directory': 'deploy',
          'format-files': 'junit=reports/subnet-guard.xml\ngitlab=gl-code-quality-report.json\ncheckstyle=reports/checkstyle.xml',
          annotations: 'false',
          summary: 'false',
        },
      });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      const junit = r.file('reports/subnet-guard.xml')!;
      expect(xsdErrors(junit, 'junit')).toEqual([]);
      const failures = junitParse(junit)
        .flatMap((s) => s.cases)
        .filter((c) => c.result === 'failure');
      expect(failures.map((c) => c.name)).toEqual(['deploy/app/compose.yaml:3:3 (app-1, round-robin)']);
      const cq = r.file('gl-code-quality-report.json')!;
      expect(codeQualityErrors(cq)).toEqual([]);
      expect(JSON.parse(cq)[0].location).toEqual({ path: 'deploy/app/compose.yaml', lines: { begin: 3 } });
      const cs = r.file('reports/checkstyle.xml')!;
      expect(xsdErrors(cs, 'checkstyle')).toEqual([]);
      expect(checkstyleParse(cs)[0]).toMatchObject({
        file: 'deploy/app/compose.yaml',
        line: '3',
        severity: 'error',
        source: 'subnet-guard.reserved-collision',
      });
    });

    it('with only-new on a pull request, fails only on what the pull request adds to its base commit', async () => {
      const gitEnv = {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@t',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@t',
        GIT_CONFIG_GLOBAL: '/dev/null',
      };
      const git = (cwd: string, ...a: string[]) => spawnSync('git', a, { cwd, encoding: 'utf8', env: gitEnv });
      const base = (ws: string) => {
        git(ws, 'init', '-q');
        git(ws, 'add', '.');
        git(ws, 'commit', '-qm', 'base');
        const sha = git(ws, 'rev-parse', 'HEAD').stdout.trim();
        return { event: { ...pullRequestEvent(7), pull_request: { number: 7, head: { sha }, base: { sha } } } };
      };
      const inputs = { 'working-directory': 'deploy', 'only-new': 'true', annotations: 'false', 'json-file': 'r.json' };
      const same = await run({ fixtures: { deploy: 'peered-vpc' }, inputs, eventName: 'pull_request', prepare: base });
      expect(same.stderr).toBe('');
      expect(same.code).toBe(0);
      const sameReport = JSON.parse(same.file('r.json')!);
      expect(sameReport.findings.length).toBeGreaterThan(0);
      for (const f of sameReport.findings) expect(f.suppressed).toBe(true);

      // the pull request pins a network on the reserved range: that finding is new
      const added = await run({
        fixtures: { deploy: 'peered-vpc' },
        inputs,
        eventName: 'pull_request',
        prepare: (ws) => {
          const e = base(ws);
          const file = path.join(ws, 'deploy', 'app', 'compose.yaml');
          fs.writeFileSync(
            file,
            fs.readFileSync(file, 'utf8') + 'networks:\n  default:\n    ipam:\n      config:\n        - subnet: 172.31.200.0/24\n',
          );
          return e;
        },
      });
      expect(added.code).toBe(1);
      const active = JSON.parse(added.file('r.json')!).findings.filter((f: { suppressed?: boolean }) => !f.suppressed);
      expect(active.length).toBeGreaterThan(0);
    });

    it('passes on the clean fixture', async () => {
      const r = await run({ fixtures: { '.': 'clean' }, inputs: { 'badge-file': 'subnets.svg', 'fail-on': 'warning' } });
      expect(r.code).toBe(0);
      expect(commands(r.stdout)).toEqual([]);
      expect(r.outputs.outcome).toBe('clean');
      expect(r.outputs['first-collision-cycle']).toBe('');
      expect(r.summary).toContain('✅ **Safe for 1,000 redeploys on 1 host**');
      expect(JSON.parse(r.file('subnets.json')!).message).toBe('safe ×1,000');
      checkGoldens(entry, 'clean', r);
    });

    it('shows 9 of 12 errors as annotations (setFailed takes the 10th slot), says where the rest are, and logs all 12', async () => {
      const r = await run({ fixtures: { '.': 'fleet' }, inputs: {} });
      expect(r.code).toBe(1);
      const errors = commands(r.stdout).filter((c) => c.startsWith('::error'));
      expect(errors).toHaveLength(10);
      expect(errors[8]).toContain('(+3 more errors not shown as annotations: see the job summary and the full list in this step');
      expect(r.stdout.split('\n').filter((l) => l.startsWith('error    app/compose.yaml:3:3  reserved-collision'))).toHaveLength(12);
      expect(r.outputs.errors).toBe('12');
      checkGoldens(entry, 'fleet', r);
    });

    it('reports findings without failing under fail-on: never', async () => {
      const r = await run({ fixtures: { '.': 'peered-vpc' }, inputs: { 'fail-on': 'never' } });
      expect(r.code).toBe(0);
      expect(r.outputs.outcome).toBe('findings');
      expect(commands(r.stdout).filter((c) => c.startsWith('::error'))).toHaveLength(1);
    });

    it('fails with outcome=config-error and an annotation on the bad line of the inventory', async () => {
      const r = await run({ fixtures: { '.': 'bad-cidr' }, inputs: { 'badge-file': 'b.svg' } });
      expect(r.code).toBe(1);
      expect(r.outputs.outcome).toBe('config-error');
      expect(commands(r.stdout)).toEqual([
        expect.stringMatching(
          /^::error title=subnet-guard%3A configuration error,file=network-inventory\.yaml,line=3,col=\d+::network-inventory\.yaml:3:\d+: .*172\.300\.0\.0\/16/,
        ),
      ]);
      expect(r.summary).toContain('⚪ **Not checked: configuration error**');
      expect(JSON.parse(r.file('b.json')!).message).toBe('config error');
      checkGoldens(entry, 'bad-cidr', r);
    });

    it('names the input when an input is wrong', async () => {
      const bad: [Record<string, string>, RegExp][] = [
        [{ cycles: 'lots' }, /input "cycles" must be a whole number/],
        [{ 'fail-on': 'sometimes' }, /input "fail-on" must be one of error, warning, never, got "sometimes"/],
        [{ 'working-directory': 'nowhere' }, /input "working-directory": "nowhere" is not a directory/],
        [{ inventory: '../outside.yaml' }, /input "inventory": "..\/outside.yaml" leaves the working directory/],
        [{ annotations: 'yes' }, /input "annotations" must be true or false/],
        [{ engine: 'latest' }, /input "engine": "latest" is not a Docker Engine version/],
        [{ 'sarif-file': 'app' }, /input "sarif-file": "app" is a directory; give a file name/],
      ];
      for (const [inputs, message] of bad) {
        const r = await run({ fixtures: { '.': 'peered-vpc' }, inputs });
        expect(r.code, JSON.stringify(inputs)).toBe(1);
        expect(r.outputs.outcome).toBe('config-error');
        expect(commands(r.stdout).join('\n')).toMatch(message);
      }
    });

    describe('the sticky PR comment through GITHUB_API_URL', () => {
      let server: GitHubApiServer;
      beforeAll(async () => {
        server = new GitHubApiServer({ owner: 'octo-org', repo: 'infra' });
        await server.start();
      });
      afterAll(async () => {
        await server.stop();
        expect(server.violations).toEqual([]);
      });

      it('creates the comment on findings and removes it when the pull request becomes clean', async () => {
        const env = { GITHUB_API_URL: server.url };
        const base = { event: pullRequestEvent(7), eventName: 'pull_request', env };
        const r1 = await run({
          ...base,
          fixtures: { '.': 'peered-vpc' },
          inputs: { comment: 'true', 'github-token': TOKEN, 'fail-on': 'never' },
        });
        expect(r1.code).toBe(0);
        const comments = server.commentsOn(7);
        expect(comments).toHaveLength(1);
        expect(comments[0]!.body).toMatch(/^<!-- subnet-guard:workflow=subnets -->/);
        expect(comments[0]!.body).toContain('https://github.com/octo-org/infra/actions/runs/1234');
        const r2 = await run({ ...base, fixtures: { '.': 'clean' }, inputs: { comment: 'true', 'github-token': TOKEN } });
        expect(r2.code).toBe(0);
        expect(server.commentsOn(7)).toHaveLength(0);
        for (const r of [r1, r2]) expect(r.stdout + r.stderr + r.summary + JSON.stringify(r.outputs)).not.toContain(TOKEN);
      });

      it('on a fork (403) leaves a notice, puts the note in the summary, and lets fail-on alone decide', async () => {
        server.readOnly = true;
        try {
          const r = await run({
            event: pullRequestEvent(8),
            eventName: 'pull_request',
            env: { GITHUB_API_URL: server.url },
            fixtures: { '.': 'peered-vpc' },
            inputs: { comment: 'true', 'github-token': TOKEN, 'fail-on': 'never' },
          });
          expect(r.code).toBe(0);
          expect(r.stdout).toMatch(
            /^::notice title=subnet-guard%3A PR comment skipped::subnet-guard could not write its pull-request comment \(HTTP 403: Resource not accessible by integration/m,
          );
          expect(r.summary).toContain('> [!NOTE]');
          expect(r.outputs.outcome).toBe('findings');
          expect(r.stdout + r.stderr + r.summary).not.toContain(TOKEN);
        } finally {
          server.readOnly = false;
        }
      });
    });
  });
}
