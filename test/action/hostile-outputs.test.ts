// A pull request controls the workspace: it can commit a symbolic link in place of every file the action
// writes (sarif-file, json-file, badge-file and the badge's .json) or of their directory, pointing at
// any file of the runner. Run as the runner runs the action (dist/index.js, and the sources), nothing
// outside the workspace may change, and the step fails naming each input.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE, runAction, type Entry, type RunResult } from './run-action.js';

const hasBundle = fs.existsSync(BUNDLE);

/** every file under `dir` (links not followed) with its content, mode and mtime */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      const st = fs.lstatSync(p);
      if (e.isDirectory()) walk(p);
      else
        out[path.relative(dir, p)] =
          `${st.mode.toString(8)} ${st.mtimeMs} ${e.isSymbolicLink() ? '-> ' + fs.readlinkSync(p) : fs.readFileSync(p, 'utf8')}`;
    }
  };
  walk(dir);
  return out;
}

/** an executable and a directory outside the workspace, next to it in the runner's temporary directory */
function victims(tmp: string): string {
  const outside = path.join(tmp, 'outside');
  fs.mkdirSync(path.join(outside, 'dir'), { recursive: true });
  for (const name of ['tool', 'report', 'badge', 'endpoint']) {
    fs.writeFileSync(path.join(outside, name), `#!/bin/sh\necho ${name}\n`, { mode: 0o755 });
  }
  fs.writeFileSync(path.join(outside, 'dir', 'keep'), 'keep');
  return outside;
}

const OUTPUTS = { 'sarif-file': 'subnet-guard.sarif', 'json-file': 'out/report.json', 'badge-file': 'subnets.svg' };

const entries: Entry[] = ['sources', 'bundle'];
for (const entry of entries) {
  const suite = entry === 'bundle' && !hasBundle ? describe.skip : describe;
  suite(`output files never leave the workspace (${entry === 'bundle' ? 'dist/index.js' : 'src/index.ts through tsx'})`, () => {
    const results: RunResult[] = [];
    afterAll(() => results.forEach((r) => r.cleanup()));

    it('a link in place of every output file: nothing outside changes, the step fails naming every input', async () => {
      let before: Record<string, string> = {};
      let outside = '';
      const r = await runAction({
        entry,
        fixtures: { '.': 'peered-vpc' },
        inputs: OUTPUTS,
        prepare: (ws, tmp) => {
          outside = victims(tmp);
          fs.symlinkSync(path.join(outside, 'tool'), path.join(ws, 'subnet-guard.sarif'));
          fs.mkdirSync(path.join(ws, 'out'));
          fs.symlinkSync(path.join(outside, 'report'), path.join(ws, 'out/report.json'));
          fs.symlinkSync(path.join(outside, 'badge'), path.join(ws, 'subnets.svg'));
          fs.symlinkSync('../outside/endpoint', path.join(ws, 'subnets.json'));
          before = snapshot(outside);
        },
      });
      results.push(r);
      expect(snapshot(outside)).toEqual(before);
      expect(r.code).toBe(1);
      expect(r.outputs.outcome).toBe('config-error');
      expect(r.outputs['sarif-file']).toBe('');
      expect(r.outputs['badge-file']).toBe('');
      const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
      expect(errors).toHaveLength(1);
      for (const [input, file] of [
        ['sarif-file', 'subnet-guard.sarif'],
        ['json-file', 'out/report.json'],
        ['badge-file', 'subnets.svg'],
        ['badge-file', 'subnets.json'],
      ]) {
        expect(errors[0]).toContain(`input "${input}": "${file}" is a symbolic link in the workspace`);
      }
      // the links are still links (nothing was renamed over them either)
      for (const f of ['subnet-guard.sarif', 'out/report.json', 'subnets.svg', 'subnets.json'])
        expect(fs.lstatSync(path.join(r.workspace, f)).isSymbolicLink()).toBe(true);
      expect(r.summary).toContain('⚪ **Not checked: configuration error**');
    });

    it('a link in place of the output directory (absolute or relative): nothing is written there', async () => {
      let before: Record<string, string> = {};
      let outside = '';
      const r = await runAction({
        entry,
        fixtures: { '.': 'peered-vpc' },
        inputs: { 'sarif-file': 'results/x.sarif', 'json-file': 'rel/deep/x.json', 'badge-file': 'results/b.svg' },
        prepare: (ws, tmp) => {
          outside = victims(tmp);
          fs.symlinkSync(path.join(outside, 'dir'), path.join(ws, 'results'));
          fs.symlinkSync('../outside/dir', path.join(ws, 'rel'));
          before = snapshot(outside);
        },
      });
      results.push(r);
      expect(snapshot(outside)).toEqual(before);
      expect(r.outputs.outcome).toBe('config-error');
      const error = r.stdout.split('\n').find((l) => l.startsWith('::error'))!;
      expect(error).toContain('input "sarif-file": "results/x.sarif" is in "results", a symbolic link in the workspace');
      expect(error).toContain('input "json-file": "rel/deep/x.json" is in "rel", a symbolic link in the workspace');
      expect(error).toContain('input "badge-file": "results/b.svg" is in "results", a symbolic link');
      // the message never shows where the links lead
      expect(error).not.toContain(outside);
    });

    it('a configuration error does not write the badge through a link either', async () => {
      let before: Record<string, string> = {};
      let outside = '';
      const r = await runAction({
        entry,
        fixtures: { '.': 'bad-cidr' },
        inputs: { 'badge-file': 'b.svg' },
        prepare: (ws, tmp) => {
          outside = victims(tmp);
          fs.symlinkSync(path.join(outside, 'badge'), path.join(ws, 'b.json'));
          before = snapshot(outside);
        },
      });
      results.push(r);
      expect(snapshot(outside)).toEqual(before);
      expect(r.outputs.outcome).toBe('config-error');
      expect(r.outputs['badge-file']).toBe('');
      expect(r.stdout).toContain('input "badge-file": "b.json" is a symbolic link in the workspace');
    });

    it('writes outputs under runner.temp and into new directories of the workspace, replacing old files', async () => {
      const inputs: Record<string, string> = { 'sarif-file': 'new/dir/x.sarif', 'badge-file': 'b.svg', 'fail-on': 'never' };
      const r = await runAction({
        entry,
        fixtures: { '.': 'peered-vpc' },
        inputs,
        prepare: (ws, tmp) => {
          fs.writeFileSync(path.join(ws, 'b.svg'), 'old');
          inputs['json-file'] = path.join(tmp, 'reports', 'x.json'); // ${{ runner.temp }}/reports/x.json
        },
      });
      results.push(r);
      expect(JSON.parse(fs.readFileSync(path.join(r.tmp, 'reports', 'x.json'), 'utf8')).schemaVersion).toBe(1);
      expect(r.outputs.outcome).toBe('findings');
      expect(JSON.parse(r.file('new/dir/x.sarif')!).version).toBe('2.1.0');
      expect(r.file('b.svg')).toContain('collides @14');
      expect(fs.readdirSync(r.workspace).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    });
  });
}
