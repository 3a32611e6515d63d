// The npm package as users get it: `npm pack` holds the CLI bundle, the schema, the README and the
// LICENSE, and nothing else (no runtime dependencies); installed from the tarball into an empty
// prefix with no registry reachable, `subnet-guard` runs. Prints the package's size.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  license: string;
  engines: { node: string };
  dependencies?: Record<string, string>;
};
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-pack-'));
/** npm without the user's config, cache or registry: a dead registry address proves nothing is fetched */
const npmEnv = {
  ...process.env,
  npm_config_cache: path.join(work, 'npm-cache'),
  npm_config_userconfig: path.join(work, 'npmrc'),
  npm_config_registry: 'http://127.0.0.1:9/',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

function npm(args: string[], cwd = ROOT) {
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8', env: npmEnv, timeout: 120_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string; size: number }[];
}
let packed: PackResult;

beforeAll(() => {
  fs.writeFileSync(npmEnv.npm_config_userconfig, '');
  const r = npm(['pack', '--json', '--pack-destination', work]);
  expect(r.code, r.stderr).toBe(0);
  packed = (JSON.parse(r.stdout) as PackResult[])[0]!;
  console.log(
    `npm package ${packed.filename}: ${(packed.size / 1024).toFixed(1)} kB packed, ${(packed.unpackedSize / 1024).toFixed(1)} kB unpacked, ${packed.files.length} files`,
  );
}, 120_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the npm package', () => {
  it('holds the CLI bundle, the schema, the README and the LICENSE only', () => {
    expect(packed.files.map((f) => f.path).sort()).toEqual([
      'LICENSE',
      'README.md',
      'bin/subnet-guard.js',
      'dist/cli/index.js',
      'dist/cli/licenses.txt',
      'dist/cli/package.json',
      'package.json',
      'schema/network-inventory.schema.json',
    ]);
  });

  it('declares no runtime dependencies, an MIT license matching the LICENSE file, and engines the bundle runs on', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.license).toBe('MIT');
    expect(fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
    // the oldest Node the range admits is the one .node-version pins (and CI runs)
    const min = /^>=(\d+)$/.exec(pkg.engines.node);
    expect(min, pkg.engines.node).not.toBeNull();
    expect(fs.readFileSync(path.join(ROOT, '.node-version'), 'utf8').trim()).toBe(min![1]);
  });

  it('installs from the tarball into an empty prefix without a registry and runs a check', () => {
    const prefix = path.join(work, 'prefix');
    fs.mkdirSync(prefix);
    const r = npm(['install', '--global', '--offline', '--prefix', prefix, path.join(work, packed.filename)], work);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/EBADENGINE|Unsupported engine/);
    const bin = path.join(prefix, 'bin', 'subnet-guard');
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect(version.stdout).toBe(`subnet-guard ${pkg.version}\n`);
    const installed = path.join(prefix, 'lib', 'node_modules', 'subnet-guard');
    expect(fs.existsSync(path.join(installed, 'node_modules'))).toBe(false);
    const checkRun = spawnSync(bin, [path.join(ROOT, 'fixtures', 'aws-peered-vpc'), '--format', 'json'], { encoding: 'utf8', cwd: work });
    expect(checkRun.status, checkRun.stderr).toBe(1);
    expect(JSON.parse(checkRun.stdout).hosts[0].firstCollision.cycle).toBe(14);
  }, 120_000);
});
