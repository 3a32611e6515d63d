// What each rule means, for the formats that explain rules (SARIF rule descriptors). A rule's own
// texts in src/rules/ win; the table below covers the rule ids of the design (issue 4) until each has
// its file, and a generic entry covers anything else.
// Every rule id has a section in the README ("#### <rule-id>") so that `helpUri` lands on it.
import type { Severity } from '../model.js';
import { ruleById } from '../rules/index.js';

/** The project's home page; the README's rule sections hang off it. */
export const HOME_URL = 'https://github.com/subnet-guard/subnet-guard';

export interface RuleDoc {
  id: string;
  /** PascalCase name (SARIF reportingDescriptor.name) */
  name: string;
  defaultSeverity: Severity;
  /** one sentence */
  short: string;
  /** what happens on the host, in plain words */
  full: string;
  /** how to fix it (markdown) */
  fix: string;
}

export const RULE_DOCS: readonly RuleDoc[] = [
  {
    id: 'reserved-collision',
    name: 'ReservedCollision',
    defaultSeverity: 'error',
    short: 'A redeploy puts a Docker network on a reserved network.',
    full:
      'Docker picks a subnet for every compose network from its address pools, and on Engine 26 and older each ' +
      '`docker compose down` + `up` moves the project on to the next pool. The check replays the redeploys and ' +
      'reports the first one on which a network lands on a range listed under `reserved:` in the inventory ' +
      '(a peered VPC, a managed database, a VPN, the office LAN). From that redeploy on, the host routes the ' +
      'range to the bridge and silently loses the real network.',
    fix:
      'Merge the suggested `default-address-pools` block into the host\'s `/etc/docker/daemon.json` (it is ' +
      'proven by re-running the whole simulation), restart dockerd, and recreate the networks ' +
      '(`docker compose down && docker compose up -d`). Alternatively pin the network\'s subnet under ' +
      '`networks.<name>.ipam.config` in the compose file.',
  },
  {
    id: 'pinned-reserved-overlap',
    name: 'PinnedReservedOverlap',
    defaultSeverity: 'error',
    short: 'An explicit subnet overlaps a reserved network.',
    full:
      'A subnet written by hand — compose `ipam.config`, daemon.json `bip` or `fixed-cidr` — overlaps a range ' +
      'listed under `reserved:`. The collision happens on the very first `up`, not after some redeploys.',
    fix: 'Choose a subnet outside every reserved range (the fix block in the report lists free private ranges).',
  },
  {
    id: 'pinned-pool-race',
    name: 'PinnedPoolRace',
    defaultSeverity: 'warning',
    short: 'An explicit subnet lies inside the pools Docker allocates from.',
    full:
      'A pinned subnet sits inside the host\'s candidate pools, so whenever a dynamically allocated network gets ' +
      'there first, `docker compose up` fails with "Pool overlaps with other one on this address space". The ' +
      'finding says on which redeploy that first becomes possible.',
    fix: 'Pin subnets outside `default-address-pools`, or move the pools away from the pinned subnets.',
  },
  {
    id: 'pinned-conflict',
    name: 'PinnedConflict',
    defaultSeverity: 'error',
    short: 'Two explicit subnets on the same host overlap.',
    full:
      'Two networks on one host — possibly in different projects — pin overlapping subnets. Whichever project ' +
      'comes up second fails to create its network.',
    fix: 'Give each pinned network its own, non-overlapping subnet.',
  },
  {
    id: 'pool-exhaustion',
    name: 'PoolExhaustion',
    defaultSeverity: 'error',
    short: 'More networks are alive at once than the pools can hold.',
    full:
      'The networks alive at the same time on a host (docker0, persistent projects and the redeployed ones) ' +
      'exceed the candidate subnets left after docker0, pinned subnets and host routes. Docker refuses to ' +
      'create the next network ("could not find an available, non-overlapping IPv4 address pool").',
    fix: 'Use `default-address-pools` with smaller subnets (for example `size: 24`) or a larger base.',
  },
  {
    id: 'daemon-pool-reserved',
    name: 'DaemonPoolReserved',
    defaultSeverity: 'error',
    short: 'A default-address-pools base overlaps a reserved network.',
    full:
      'A `default-address-pools` entry in daemon.json covers a reserved range, so sooner or later a network is ' +
      'allocated on it. An error when a redeploy within the checked number reaches it, a warning otherwise ' +
      '(with the redeploy on which it would).',
    fix: 'Move the pool base out of every reserved range.',
  },
  {
    id: 'public-range',
    name: 'PublicRange',
    defaultSeverity: 'error',
    short: 'A pool, bip or pinned subnet lies outside private address space.',
    full:
      'Docker networks on public addresses hijack real internet hosts: traffic from the host to those addresses ' +
      'goes to the bridge instead. Private space is RFC 1918, RFC 4193 (ULA), and 100.64.0.0/10 where the ' +
      'inventory allows it.',
    fix: 'Use RFC 1918 (10/8, 172.16/12, 192.168/16) or ULA (fd00::/8) ranges.',
  },
  {
    id: 'mtu-exceeds-underlay',
    name: 'MtuExceedsUnderlay',
    defaultSeverity: 'error',
    short: 'A network\'s MTU is larger than the host\'s underlay MTU.',
    full:
      'Packets as large as the bridge MTU do not fit the underlay (for example a Geneve or VXLAN tenant network ' +
      'with MTU 1442). Small packets pass, so ping works, but TLS handshakes and package downloads from ' +
      'containers hang.',
    fix:
      'Set `com.docker.network.driver.mtu` on the network (or `mtu` / `default-network-opts` in daemon.json) to ' +
      'the value in the message. Confirm on the host with `ping -M do -s <mtu-28> <peer>`.',
  },
  {
    id: 'forwarding-disabled',
    name: 'ForwardingDisabled',
    defaultSeverity: 'error',
    short: 'daemon.json turns off ip-forward or iptables while ports are published.',
    full:
      'With `"ip-forward": false` or `"iptables": false` Docker no longer sets up forwarding or NAT, so published ' +
      'ports and outbound traffic from containers stop working.',
    fix: 'Remove the setting, or stop publishing ports from the affected services.',
  },
  {
    id: 'unset-variable',
    name: 'UnsetVariable',
    defaultSeverity: 'warning',
    short: 'A subnet, network name or MTU depends on an unset variable.',
    full:
      'Compose substitutes an empty string for an unset variable, so the value checked here may not be the one ' +
      'deployed. The check used the default or the empty value.',
    fix: 'Set the variable in the host\'s `env` / `env-file` in the inventory, or give it a default (`${VAR:-value}`).',
  },
];

const BY_ID = new Map(RULE_DOCS.map((r) => [r.id, r]));

function pascal(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/** the documentation of a rule from this table only (else generic): fixed texts, for format tests */
export function tableRuleDoc(id: string, severity: Severity = 'warning'): RuleDoc {
  return BY_ID.get(id) ?? genericDoc(id, severity);
}

function genericDoc(id: string, severity: Severity): RuleDoc {
  return {
    id,
    name: pascal(id) || 'Rule',
    defaultSeverity: severity,
    short: `subnet-guard rule ${id}.`,
    full: `A finding of the subnet-guard rule "${id}". The message of each result says what happens on the host and where.`,
    fix: 'See the message of the result and the README.',
  };
}

/** the documentation of a rule: its own texts, else this table, else a generic entry */
export function ruleDoc(id: string, severity: Severity = 'warning'): RuleDoc {
  const rule = ruleById(id);
  const known = BY_ID.get(id);
  if (rule) {
    return {
      id,
      name: known?.name ?? (pascal(id) || 'Rule'),
      defaultSeverity: rule.defaultSeverity,
      short: rule.shortDescription,
      full: rule.fullDescription,
      fix: rule.help,
    };
  }
  if (known) return known;
  return genericDoc(id, severity);
}

/** the README section of a rule */
export function ruleHelpUri(id: string): string {
  return `${HOME_URL}#${id.toLowerCase().replace(/[^a-z0-9-]/g, '')}`;
}
