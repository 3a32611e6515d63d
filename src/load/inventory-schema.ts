// The JSON Schema (draft-07) of network-inventory.yaml. This object is what the loader validates with;
// schema/network-inventory.schema.json is the same object written out for editors
// (`# yaml-language-server: $schema=./schema/network-inventory.schema.json`), and a test keeps the two equal.
// `patternErrorMessage` / `errorMessage` are the messages VS Code and yaml-language-server show; the loader
// uses them too.
import { PRESETS, presetNames } from './presets.js';
import { RULE_IDS, RULE_SETTINGS } from '../rules/ids.js';

const prefix = {
  type: 'string',
  pattern: '^\\s*[0-9A-Fa-f.:]+(/[0-9]{1,3})?\\s*$',
  patternErrorMessage: 'is not a CIDR prefix such as 10.0.0.0/24 or fd00::/64',
};

const address = {
  type: 'string',
  pattern: '^\\s*[0-9A-Fa-f.:]+\\s*$',
  patternErrorMessage: 'is not an IP address such as 10.0.0.2 or fd00::53',
};

const relPath = {
  type: 'string',
  minLength: 1,
};

const SWARM = {
  title: 'swarm',
  description:
    "The host is a Docker swarm node. `docker swarm init` gives the swarm's `ingress` network the first swarm subnet and makes `docker_gwbridge` from the local pools (every later bridge moves by one pool); overlay networks take subnets from the swarm pools. Without it, overlay networks are not predicted.",
  type: 'object',
  additionalProperties: false,
  properties: {
    role: {
      description: 'manager (the default): the host runs the swarm allocator, and its restarts restart it. worker: only runs tasks.',
      enum: ['manager', 'worker'],
      default: 'manager',
    },
    'default-addr-pool': {
      description: 'The --default-addr-pool CIDRs given to `docker swarm init`, in order. Default: 10.0.0.0/8.',
      type: 'array',
      minItems: 1,
      items: prefix,
    },
    'subnet-size': {
      description:
        'The --default-addr-pool-mask-length given to `docker swarm init` with default-addr-pool (default 24). Without default-addr-pool Docker ignores it: the swarm keeps 10.0.0.0/8 at /24.',
      type: 'integer',
      minimum: 1,
      maximum: 29,
    },
    'leader-change-every': {
      description:
        "The swarm's leader changes after every K-th redeploy (a manager stopped, upgraded or rebooted; 0 = never). A new leader's allocator walks the swarm pools from the start again.",
      type: 'integer',
      minimum: 0,
      default: 0,
    },
    'gwbridge-subnet': {
      ...prefix,
      description:
        'The subnet of a docker_gwbridge created by hand before `docker swarm init`/`join` (`docker network create --subnet … docker_gwbridge`). Default: Docker picks one from the local pools.',
    },
  },
};

export const INVENTORY_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'subnet-guard network inventory',
  description:
    'Networks a Docker bridge must never cover, and the hosts the compose projects run on. Paths are relative to the folder of this file and must stay inside the repository.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string', description: 'The JSON Schema this file follows (for editors).' },
    version: {
      description: 'Format version of this file. subnet-guard reads version 1.',
      const: 1,
    },
    reserved: {
      description: 'Networks a Docker network must never overlap: peered VPCs, cloud databases, VPNs, the office LAN.',
      type: 'array',
      items: { $ref: '#/definitions/reserved' },
    },
    hosts: {
      description:
        'The Docker hosts and what runs on them. Without it: one host named "local", Engine version unknown (both allocator models are checked), running every compose project found.',
      type: 'array',
      minItems: 1,
      items: { $ref: '#/definitions/host' },
    },
    cycles: {
      description: 'How many `compose down` + `up` redeploys to simulate (the CLI --cycles flag overrides it).',
      type: 'integer',
      minimum: 1,
      maximum: Number.MAX_SAFE_INTEGER,
    },
    rules: {
      title: 'rules mapping',
      description:
        'Severity per rule id: off (the rule does not run), note, warning or error, e.g. `rules: { public-range: off, unset-variable: error }`. Rules not listed keep their default severity (`subnet-guard --list-rules`).',
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(
        RULE_IDS.map((id) => [
          id,
          { description: `Severity of ${id} findings, or off (\`subnet-guard --explain ${id}\`).`, enum: [...RULE_SETTINGS] },
        ]),
      ),
    },
    'cgnat-is-private': {
      description:
        'Count 100.64.0.0/10 (RFC 6598 shared address space, used by carrier-grade NAT and Tailscale) as private address space, so pools and subnets there are not reported as public ranges. Default: false.',
      type: 'boolean',
      default: false,
    },
  },
  definitions: {
    reserved: {
      title: 'reserved range',
      description: 'One range (cidr), a named set of well-known defaults (preset), or ranges read from an export (import).',
      type: 'object',
      additionalProperties: false,
      properties: {
        cidr: { ...prefix, description: 'The reserved range, e.g. 172.31.0.0/16 (a bare address means that one address).' },
        name: {
          type: 'string',
          description:
            'What the range is, shown in findings ("ops VPC (peered, bastion SSH)"). With preset or import it prefixes each range\'s name.',
        },
        preset: {
          description: `Well-known default ranges: ${[...PRESETS.values()].map((p) => `${p.name} (${p.description})`).join('; ')}.`,
          enum: presetNames(),
        },
        import: {
          ...relPath,
          description:
            'A JSON export to read ranges from: NetBox /api/ipam/prefixes/ (all pages), `aws ec2 describe-vpcs`, or `terraform output -json` (every output value that is a CIDR).',
        },
      },
      oneOf: [{ required: ['cidr'] }, { required: ['preset'] }, { required: ['import'] }],
      errorMessage: 'needs exactly one of "cidr", "preset" or "import"',
    },
    host: {
      title: 'host',
      type: 'object',
      additionalProperties: false,
      required: ['name'],
      properties: {
        name: { type: 'string', minLength: 1, description: "The host's name, unique in this file." },
        engine: {
          description:
            'Docker Engine version on this host ("26.1", "20.10.24", "27.3.1"): ≤ 26 walks the pools round-robin, ≥ 27 takes the first free one. "unknown" (the default) checks both.',
          type: ['string', 'number'],
          pattern: '^\\s*(unknown|[0-9]+(\\.[0-9]+){0,2}([-+~][0-9A-Za-z.+~-]*)?)\\s*$',
          patternErrorMessage: 'is not a Docker Engine version such as "26.1" or "27.3.1" (or "unknown")',
          default: 'unknown',
        },
        'engine-id': {
          description:
            'What `docker info` calls ID (Engine ≥ 27 keeps it in <data-root>/engine-id). Engine ≥ 27 derives the ULA /48 its IPv6 networks draw from it; without it the /48 is host-specific and unknown.',
          type: 'string',
          minLength: 1,
        },
        compose: {
          description:
            "The Compose generation that runs `up` on this host. v2 (the default; the `docker compose` plugin, v2.x and v5.x) creates a project's networks in random order; v1 (the Python docker-compose 1.x) in first-use order.",
          enum: ['v1', 'v2'],
          default: 'v2',
        },
        daemon: {
          ...relPath,
          description: "This host's daemon.json. Default: the repository's only daemon.json, if there is exactly one.",
        },
        routes: {
          description:
            'On-link routes of the host (`ip route show scope link`). Docker skips these by itself; routes via a gateway belong in reserved.',
          type: 'array',
          items: prefix,
        },
        nameservers: {
          description: "The host's resolv.conf nameservers. Docker skips pools that contain one.",
          type: 'array',
          items: address,
        },
        'underlay-mtu': {
          description:
            "The MTU of the host's own network path (VXLAN 1450, GRE 1458, Geneve 1442, WireGuard 1420). Networks with a larger MTU break large packets.",
          type: 'integer',
          minimum: 68,
          maximum: 65535,
        },
        'restart-every': {
          description: 'The daemon restarts after every K-th redeploy (before redeploy K+1, 2K+1, …); 0 means never.',
          type: 'integer',
          minimum: 0,
          default: 0,
        },
        swarm: SWARM,
        projects: {
          description:
            'Compose projects on this host, in the order they are brought up. Without it: every project found in the repository, all redeployed.',
          type: 'array',
          items: { $ref: '#/definitions/project' },
        },
        env: {
          description: 'Variables for compose interpolation on this host (like the shell environment of `docker compose up`).',
          type: 'object',
          propertyNames: {
            pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
            patternErrorMessage: 'is not a variable name (letters, digits, _; not starting with a digit)',
          },
          additionalProperties: { type: ['string', 'number', 'boolean'] },
        },
        'env-file': { ...relPath, description: 'A .env file with variables for compose interpolation on this host.' },
        reserved: {
          description: "Ranges reserved on this host only (a VPC peered with this host's network), added to the top-level list.",
          type: 'array',
          items: { $ref: '#/definitions/reserved' },
        },
        networks: {
          description:
            'Networks on this host that no listed project creates: made by hand (`docker network create proxy`) or by another stack. Without subnets they are allocated from the pools when the host boots, in this order, after docker0 and before the projects. They never go away.',
          type: 'array',
          items: { $ref: '#/definitions/network' },
        },
        state: {
          description: 'Written by `subnet-guard snapshot`: the host as it was read (see the state definition).',
          allOf: [{ $ref: '#/definitions/state' }],
        },
      },
    },
    network: {
      title: 'host network',
      type: 'object',
      additionalProperties: false,
      required: ['name'],
      properties: {
        name: { type: 'string', minLength: 1, description: "The network's name as `docker network ls` shows it." },
        subnets: { description: 'Its subnets, when known.', type: 'array', items: prefix },
      },
    },
    state: {
      title: 'host state',
      description: 'Written by `subnet-guard snapshot`: the host as it was read. The first redeploy continues from here.',
      type: 'object',
      additionalProperties: false,
      properties: {
        read: { type: 'string', description: 'When the host was read (ISO 8601).' },
        'daemon-started': { type: 'string', description: 'When dockerd started (ISO 8601), as far as the snapshot could tell.' },
        bridge: { ...prefix, description: "docker0's subnet when the host was read." },
        cursor: {
          description:
            'Engine ≤ 26: where the round-robin walk stood (the index of the next candidate in the pool list), or "unknown": the check then answers for the worst starting position.',
          oneOf: [{ type: 'integer', minimum: 0 }, { const: 'unknown' }],
          errorMessage: 'must be a whole number (a position in the pool list) or "unknown"',
        },
        projects: {
          description: 'The subnets each listed project held, by compose project name.',
          type: 'array',
          items: {
            title: 'project state',
            type: 'object',
            additionalProperties: false,
            required: ['name'],
            properties: {
              name: { type: 'string', minLength: 1, description: 'The compose project name (label com.docker.compose.project).' },
              networks: {
                description: "The project's networks and their subnets.",
                type: 'array',
                items: { $ref: '#/definitions/network' },
              },
            },
          },
        },
      },
    },
    project: {
      title: 'project',
      type: 'object',
      additionalProperties: false,
      required: ['path'],
      properties: {
        path: {
          description: 'A directory (the default compose file names are looked up in it) or the list of compose files, in -f order.',
          type: ['string', 'array'],
          minLength: 1,
          minItems: 1,
          items: relPath,
        },
        lifecycle: {
          description:
            'persistent: up once when the host boots, never taken down (a reverse proxy). cycling: `down` + `up` on every redeploy (the default).',
          enum: ['persistent', 'cycling'],
          default: 'cycling',
        },
        profiles: {
          description: 'Compose profiles enabled for this project (--profile).',
          type: 'array',
          items: { type: 'string', minLength: 1 },
        },
        stack: {
          description:
            'Deployed with `docker stack deploy -c <files> <stack>` instead of compose (the host needs `swarm:`): networks are named <stack>_<key> and are overlay networks; a redeploy is `docker stack rm` + `docker stack deploy`.',
          type: 'string',
          pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$',
          patternErrorMessage: 'is not a stack name (letters, digits, _ . -; starting with a letter or digit)',
        },
      },
    },
  },
} as const;
