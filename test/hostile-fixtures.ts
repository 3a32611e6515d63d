// What the hostile-input tests of the action and the CLI share: the secrets a CI job typically holds,
// a compose file that tries to read each of them into a network name, and a tree of files and links.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** variables a CI job's environment typically holds, with values a test can look for in any output */
export const SECRETS: Record<string, string> = {
  GITHUB_TOKEN: 'ghs_hostileSecretToken0123456789abcdefg',
  GH_PAT: 'ghp_personalAccessToken0123456789abcd',
  DATABASE_URL: 'postgres://admin:hunter2-db@db.internal/prod',
  DB_PASS: 'correct-horse-battery-staple',
  SLACK_WEBHOOK_URL: 'https://hooks.slack.com/services/T000/B000/XXXXSECRET',
  SENTRY_DSN: 'https://0123456789abcdef@o1.ingest.sentry.io/42',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};

/**
 * one network named from each of `names` ("x0-${NAME}", "x1-${NAME}", …: each name its own, since
 * Compose refuses two networks that come out with the same name when the variables are unset), and
 * `app-${APP_NAME:-default}`
 */
export function composeReading(names: readonly string[]): string {
  return (
    'services:\n  web:\n    image: nginx\n    networks: [' +
    names.map((_, i) => `n${i}`).join(', ') +
    ', app]\n' +
    'networks:\n' +
    names.map((n, i) => `  n${i}:\n    name: "x${i}-\${${n}}"\n`).join('') +
    '  app:\n    name: "app-${APP_NAME:-default}"\n'
  );
}

/**
 * an inventory with one reserved range, far from Docker's default pools: without any, the run is "not
 * checked" (no-reserved-ranges: config-error, exit 2) whatever the variables did
 */
export const INVENTORY = 'version: 1\nreserved:\n  - cidr: 10.99.0.0/16\n    name: office LAN\n';

/** writes files (path → text) and symbolic links (path → target as written) under `dir` */
export function writeTree(dir: string, files: Record<string, string>, links: Record<string, string> = {}): string {
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
