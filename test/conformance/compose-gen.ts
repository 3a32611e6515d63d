// Generated compose projects on which Compose v1 (docker-compose 1.29.2) and Compose v2 agree about
// networks: naming (-p, directory, COMPOSE_PROJECT_NAME in .env), the implicit default, unused
// networks, external, name:, .env interpolation (${VAR}, ${VAR:-d}, ${VAR-d}, $VAR), explicit
// subnets, network_mode, merge keys, override files. Seeded: a failure replays from seed + index.
// Kept out: profiles (v1 creates networks of inactive services), include and top-level name: (v2
// only), ${VAR:+alt} and nesting (v1 lacks them): those have table tests from the rules text.
import { mulberry32, type Rng } from './scenario.js';

export interface GeneratedProject {
  index: number;
  /** directory of the project, relative to the case root */
  dir: string;
  /** compose files in -f order, relative to the case root */
  files: string[];
  /** every file to write, relative to the case root */
  tree: Record<string, string>;
  /** -p for docker-compose and the loader, or undefined to let the directory / .env decide */
  projectName?: string;
  /** what the case exercises, for messages */
  notes: string[];
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const chance = (rng: Rng, p: number): boolean => rng() < p;

// no `x-…` key: Compose v2 reads one under networks: as an extension (compose-refusals.test.ts), v1 as a network
const KEYS = ['front', 'back', 'db', 'mesh-x', 'internal.net', 'n_a', 'cache', 'Edge'];
const DIR_STYLES = [
  (t: string) => `app${t}`,
  (t: string) => `Web.App-${t}`,
  (t: string) => `svc_${t}`,
  (t: string) => `My Stack ${t}`,
  (t: string) => `x${t}.d`,
];

/**
 * One project. `tag` makes every globally visible name (project, name:, external networks)
 * unique within a daemon; `subnetBase` (0–255) gives this project its own 10.x.0.0/16 for pinned
 * subnets, outside Docker's default pools so that dynamic allocation stays order-independent.
 */
export function generateProject(seed: number, index: number, tag: string, subnetBase: number): GeneratedProject {
  const rng = mulberry32((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const notes: string[] = [];
  const dir = pick(rng, DIR_STYLES)(tag);
  const env: string[] = [];
  const naming = pick(rng, ['p', 'dir', 'dotenv'] as const);
  let projectName: string | undefined;
  if (naming === 'p') {
    projectName = `p${tag.toLowerCase()}`;
    notes.push('-p');
  } else if (naming === 'dotenv') {
    env.push(`COMPOSE_PROJECT_NAME=e${tag.toLowerCase()}`);
    notes.push('COMPOSE_PROJECT_NAME in .env');
  } else {
    notes.push('directory name');
  }

  // top-level networks
  const count = Math.floor(rng() * 5);
  const keys = [...KEYS].sort(() => rng() - 0.5).slice(0, count);
  const nets: string[] = [];
  let third = 0;
  const nextSubnet = () => `10.${subnetBase}.${third++}.0/24`;
  const externals: string[] = [];
  for (const [j, key] of keys.entries()) {
    const lines: string[] = [];
    const kind = pick(rng, ['plain', 'named', 'external', 'pinned', 'pinned-var'] as const);
    if (kind === 'named') {
      const style = pick(rng, ['literal', 'dotenv', 'default'] as const);
      const value = `g${tag.toLowerCase()}-${j}`;
      if (style === 'literal') lines.push(`    name: ${value}`);
      else if (style === 'dotenv') {
        env.push(`SG_NAME_${j}=${value}`);
        lines.push(`    name: \${SG_NAME_${j}}`);
      } else lines.push(`    name: \${SG_UNSET_NAME_${j}:-${value}}`);
      notes.push(`name: ${style}`);
    } else if (kind === 'external') {
      lines.push('    external: true');
      if (chance(rng, 0.5)) {
        lines.push(`    name: ext${tag.toLowerCase()}-${j}`);
        externals.push(key);
      } else {
        // a bare external key is the network name itself: make the key unique
        const k = `ext${tag.toLowerCase()}k${j}`;
        keys[j] = k;
      }
      notes.push('external');
    } else if (kind === 'pinned' || kind === 'pinned-var') {
      const subnet = nextSubnet();
      lines.push('    ipam:', '      config:');
      if (kind === 'pinned') lines.push(`        - subnet: ${subnet}`);
      else {
        const style = pick(rng, ['dotenv', 'default', 'dollar'] as const);
        if (style === 'dotenv') {
          env.push(`SG_SUBNET_${j}=${subnet.split('.').slice(0, 3).join('.')}`);
          lines.push(`        - subnet: \${SG_SUBNET_${j}}.0/24`);
        } else if (style === 'default') {
          lines.push(`        - subnet: \${SG_UNSET_SUBNET_${j}-${subnet}}`);
        } else {
          env.push(`SG_CIDR_${j}=${subnet}`);
          lines.push(`        - subnet: $SG_CIDR_${j}`);
        }
        notes.push(`subnet from ${style}`);
      }
      if (chance(rng, 0.3)) lines.push('    driver: bridge');
      notes.push('pinned subnet');
    } else if (chance(rng, 0.3)) {
      lines.push('    internal: true');
    }
    nets.push(lines.length ? `  ${keys[j]}:\n${lines.join('\n')}` : `  ${keys[j]}: {}`);
  }
  void externals;
  if (chance(rng, 0.25)) {
    if (chance(rng, 0.5)) {
      nets.push(`  default:\n    name: d${tag.toLowerCase()}`);
      notes.push('named default');
    } else {
      nets.push(`  default:\n    ipam:\n      config:\n        - subnet: ${nextSubnet()}`);
      notes.push('pinned default');
    }
  }

  // services
  const svcCount = 1 + Math.floor(rng() * 4);
  const services: string[] = [];
  const svcNames: string[] = [];
  const useAnchor = chance(rng, 0.3);
  for (let s = 0; s < svcCount; s++) {
    const name = pick(rng, ['web', 'api', 'db', 'worker', 'cache', 'proxy']) + s;
    svcNames.push(name);
    const body: string[] = useAnchor ? ['    <<: *svc'] : ['    image: scratch-local', '    command: ["/x"]'];
    const mode =
      keys.length === 0
        ? pick(rng, ['default', 'default', 'mode'] as const)
        : pick(rng, ['default', 'list', 'list', 'map', 'mode'] as const);
    if (mode === 'list' || mode === 'map') {
      const chosen = keys.filter(() => chance(rng, 0.5));
      if (chosen.length === 0) chosen.push(keys[0]);
      if (chance(rng, 0.15)) chosen.push('default');
      if (mode === 'list') body.push(`    networks: [${chosen.map((c) => JSON.stringify(c)).join(', ')}]`);
      else {
        body.push('    networks:');
        for (const c of chosen)
          body.push(chance(rng, 0.5) ? `      ${JSON.stringify(c)}:` : `      ${JSON.stringify(c)}:\n        aliases: [a${s}]`);
      }
    } else if (mode === 'mode') {
      const options = ['host', 'none', 'bridge', ...(s > 0 ? [`service:${svcNames[0]}`] : [])];
      body.push(`    network_mode: ${JSON.stringify(pick(rng, options))}`);
      notes.push('network_mode');
    }
    services.push(`  ${name}:\n${body.join('\n')}`);
  }

  let compose = '';
  if (useAnchor) {
    compose += 'x-svc: &svc\n  image: scratch-local\n  command: ["/x"]\n';
    notes.push('merge key');
  }
  compose += `services:\n${services.join('\n')}\n`;
  if (nets.length) compose += `networks:\n${nets.join('\n')}\n`;

  const tree: Record<string, string> = { [`${dir}/docker-compose.yml`]: compose };
  const files = [`${dir}/docker-compose.yml`];
  if (env.length) tree[`${dir}/.env`] = env.join('\n') + '\n';

  // an override adding a network to one service (service networks are a union in both versions)
  const listed = services.findIndex((s) => s.includes('networks:'));
  if (listed >= 0 && chance(rng, 0.25)) {
    const extra = `ov${tag.toLowerCase()}`;
    tree[`${dir}/docker-compose.override.yml`] =
      `services:\n  ${svcNames[listed]}:\n    networks:\n      ${extra}:\nnetworks:\n  ${extra}: {}\n`;
    files.push(`${dir}/docker-compose.override.yml`);
    notes.push('override file');
  }
  return { index, dir, files, tree, projectName, notes: [...new Set(notes)] };
}
