// The action on a pull request written by a stranger, run as the runner runs it: compose interpolation
// reads only the variables the workflow names in the `env` input (the job's tokens and secrets stay
// unset for it, and no message prints them), a working directory that is a link out of the workspace
// is refused before anything there is listed or read, and a comment by the pull request's author that
// starts with the action's marker is never edited or deleted.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE, runAction, type Entry, type RunResult } from './run-action.js';
import { GitHubApiServer } from './github-api-server.js';
import { INVENTORY, SECRETS, composeReading } from '../hostile-fixtures.js';

const hasBundle = fs.existsSync(BUNDLE);

const NAMES = Object.keys(SECRETS);

const COMPOSE = composeReading(NAMES);

/** the compose file, and an inventory with a reserved range so that the run is checked (not "not checked") */
function prepare(ws: string): void {
  fs.writeFileSync(path.join(ws, 'compose.yaml'), COMPOSE);
  fs.writeFileSync(path.join(ws, 'network-inventory.yaml'), INVENTORY);
}

function everything(r: RunResult, json = ''): string {
  return r.stdout + r.stderr + r.summary + JSON.stringify(r.outputs) + json;
}

const entries: Entry[] = ['sources', 'bundle'];
for (const entry of entries) {
  const suite = entry === 'bundle' && !hasBundle ? describe.skip : describe;
  suite(`a hostile repository (${entry === 'bundle' ? 'dist/index.js' : 'src/index.ts through tsx'})`, () => {
    const results: RunResult[] = [];
    afterAll(() => results.forEach((r) => r.cleanup()));
    const run = async (opts: Omit<Parameters<typeof runAction>[0], 'entry' | 'fixtures'>) => {
      const r = await runAction({ entry, fixtures: {}, ...opts });
      results.push(r);
      return r;
    };

    it('reads only the variables named in the env input; the others are unset, and the finding says how to allow one', async () => {
      const r = await run({
        inputs: { 'json-file': 'report.json', 'fail-on': 'never', env: 'APP_NAME\n' },
        env: { ...SECRETS, APP_NAME: 'shop', OTHER_NAME: 'x' },
        prepare,
      });
      expect(r.code).toBe(0);
      const json = r.file('report.json')!;
      for (const v of Object.values(SECRETS)) expect(everything(r, json)).not.toContain(v);
      const report = JSON.parse(json);
      const unset = report.findings.filter((f: { rule: string }) => f.rule === 'unset-variable');
      for (const n of NAMES) {
        const f = unset.find((x: { message: string }) => x.message.includes(`$${n}`));
        expect(f, n).toBeDefined();
        expect(f.message).toContain(`${n} in the action's env input`);
      }
      expect(unset.some((f: { message: string }) => f.message.includes('APP_NAME'))).toBe(false);
      expect(r.stdout).toContain('unset-variable');
    });

    it('without the env input, a variable of the step is unset too', async () => {
      const r = await run({
        inputs: { 'json-file': 'report.json', 'fail-on': 'never' },
        env: { ...SECRETS, APP_NAME: 'shop' },
        prepare,
      });
      const report = JSON.parse(r.file('report.json')!);
      expect(
        report.findings.some((f: { rule: string; message: string }) => f.rule === 'unset-variable' && f.message.includes('$APP_NAME')),
      ).toBe(true);
    });

    it('never prints a variable that is not allowed in an error (${X:?${AWS_SECRET_ACCESS_KEY}})', async () => {
      const r = await run({
        inputs: {},
        env: SECRETS,
        prepare: (ws) =>
          fs.writeFileSync(
            path.join(ws, 'compose.yaml'),
            'services:\n  web:\n    image: nginx\nnetworks:\n  default:\n    name: "${X:?${AWS_SECRET_ACCESS_KEY}}"\n',
          ),
      });
      expect(r.outputs.outcome).toBe('config-error');
      expect(r.stdout).toMatch(
        /compose\.yaml:6:\d+: error while interpolating networks\.default\.name: required variable X is missing a value/,
      );
      for (const v of Object.values(SECRETS)) expect(everything(r)).not.toContain(v);
    });

    it('refuses a working directory that is a link out of the workspace, without saying where it leads', async () => {
      let outside = '';
      const r = await run({
        inputs: { 'working-directory': 'deploy' },
        prepare: (ws, tmp) => {
          outside = path.join(tmp, 'outside');
          fs.mkdirSync(outside);
          fs.writeFileSync(path.join(outside, 'compose.yaml'), 'OUTSIDE: [');
          fs.symlinkSync(outside, path.join(ws, 'deploy'));
        },
      });
      expect(r.outputs.outcome).toBe('config-error');
      expect(r.stdout).toContain('input "working-directory": "deploy" leads outside the workspace through a symbolic link');
      expect(everything(r)).not.toContain(outside);
    });

    describe('the sticky comment through GITHUB_API_URL', () => {
      let server: GitHubApiServer;
      beforeAll(async () => {
        server = new GitHubApiServer({ owner: 'octo-org', repo: 'infra' });
        await server.start();
      });
      afterAll(async () => {
        await server.stop();
        expect(server.violations).toEqual([]);
      });

      it("never edits or deletes a PR author's comment that starts with the marker", async () => {
        const marker = '<!-- subnet-guard:workflow=subnets -->';
        const attack = `${marker}\n✅ **Safe for 1,000 redeploys** (written by the author of the pull request)`;
        const theirs = server.seed(9, attack, 'mallory');
        const event = {
          action: 'synchronize',
          number: 9,
          pull_request: { number: 9, head: { sha: 'feedfacefeedfacefeedfacefeedfacefeedface' } },
        };
        const token = 'ghs_e2eSecretToken0123456789abcdefghijkl';
        const opts = {
          event,
          eventName: 'pull_request',
          env: { GITHUB_API_URL: server.url },
          inputs: { comment: 'true', 'github-token': token, 'fail-on': 'never' },
        };
        const findings = await runAction({ entry, fixtures: { '.': 'peered-vpc' }, ...opts });
        results.push(findings);
        expect(findings.code).toBe(0);
        const clean = await runAction({ entry, fixtures: { '.': 'clean' }, ...opts });
        results.push(clean);
        expect(clean.code).toBe(0);
        expect(server.commentsOn(9).map((c) => [c.id, c.user.login, c.body])).toEqual([[theirs, 'mallory', attack]]);
        expect(server.foreignWrites).toEqual([]);
      });
    });
  });
}
