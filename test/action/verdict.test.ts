// The verdict as the runner starts the action (`node dist/index.js`, see run-action.ts): the three
// "not really checked" states — no compose project, no reserved ranges, a simulation cut short — look
// alike: grey summary, grey badge that never says "safe", outcome=config-error, the step fails. The
// Engine grammar is the CLI's and the inventory's.
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLE, runAction, type RunOptions } from './run-action.js';

const hasBundle = fs.existsSync(BUNDLE);

async function run(opts: Omit<RunOptions, 'entry'>) {
  const r = await runAction({ entry: 'bundle', ...opts });
  try {
    return { ...r, badge: r.file('subnets.json') ? JSON.parse(r.file('subnets.json')!) : null, svg: r.file('subnets.svg') };
  } finally {
    r.cleanup();
  }
}

describe.skipIf(!hasBundle)('the action (dist/index.js): no false green', () => {
  it('fails a workspace without any compose project as a configuration error that says what it searched', async () => {
    const r = await run({ fixtures: { '.': 'no-compose' }, inputs: { 'badge-file': 'subnets.svg' } });
    expect(r.code).toBe(1);
    expect(r.outputs.outcome).toBe('config-error');
    expect(r.stdout).toMatch(
      /^::error title=subnet-guard%3A configuration error::no compose project found: no compose\.yaml, compose\.yml/m,
    );
    expect(r.summary).toContain('⚪ **Not checked: configuration error**');
    expect(r.summary).not.toContain('Safe');
    expect(r.badge).toEqual({ schemaVersion: 1, label: 'subnets', message: 'config error', color: 'lightgrey' });
  });

  it('fails compose-files globs that match nothing, naming them', async () => {
    const r = await run({ fixtures: { '.': 'no-inventory' }, inputs: { 'compose-files': 'deploy/*.yml\nstack/**/compose.yaml' } });
    expect(r.code).toBe(1);
    expect(r.outputs.outcome).toBe('config-error');
    expect(r.stdout).toContain('no compose file matches "deploy/*.yml", "stack/**/compose.yaml"');
  });

  it('says first that nothing was checked against reserved ranges: grey summary and badge, outcome=config-error, step fails', async () => {
    const r = await run({ fixtures: { '.': 'no-inventory' }, inputs: { 'badge-file': 'subnets.svg', 'fail-on': 'never' } });
    expect(r.code).toBe(1);
    expect(r.outputs.outcome).toBe('config-error');
    expect(r.outputs.warnings).toBe('1');
    expect(r.summary.split('\n')[2]).toBe(
      '⚪ **Not checked: no reserved ranges declared for local: only pool exhaustion, races and MTU were checked**',
    );
    expect(r.summary).not.toContain('✅');
    expect(r.badge).toEqual({ schemaVersion: 1, label: 'subnets', message: 'no inventory', color: 'lightgrey' });
    expect(r.svg).toContain('subnets: no inventory');
    expect(r.stdout).toMatch(/^::warning title=subnet-guard no-reserved-ranges · local::No reserved ranges declared for local/m);
    expect(r.stdout).toMatch(/^::error::subnet-guard: Not checked: no reserved ranges declared for local: .* \(outcome: config-error\)$/m);
  });

  it('refuses an engine input outside the one grammar, listing the accepted forms', async () => {
    for (const engine of ['99', 'v24', '2.4']) {
      const r = await run({ fixtures: { '.': 'peered-vpc' }, inputs: { engine } });
      expect(r.code, engine).toBe(1);
      expect(r.outputs.outcome).toBe('config-error');
      expect(r.stdout).toContain(`input "engine": "${engine}" is not a Docker Engine version`);
      expect(r.stdout).toContain('accepted: what `docker version` prints');
    }
    const ok = await run({ fixtures: { '.': 'peered-vpc' }, inputs: { engine: '18.09.1-ce' } });
    expect(ok.outputs.outcome).toBe('findings');
  });

  it('reports a collision only Engine ≤ 26 reaches once when the engine is unknown', async () => {
    const r = await run({ fixtures: { '.': 'peered-vpc' }, inputs: { engine: 'unknown' } });
    expect(r.outputs.errors).toBe('1');
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error file='));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('never on ≥ 27 in 1,000 redeploys');
  });
});
