// What `subnet-guard snapshot` reads on a live Docker host, as plain data. The live reader (live.ts)
// fills it from the Engine API, /proc, /sys and /etc; tests fill it from recorded answers. Everything
// that turns it into an inventory entry (facts.ts, write.ts) is pure.

/** A network as GET /networks answers (the fields used; others are ignored). */
export interface ApiNetwork {
  Name: string;
  Id?: string;
  /** RFC 3339 with nanoseconds, e.g. "2026-12-03T14:59:25.225572849Z" */
  Created?: string;
  Scope?: string;
  Driver?: string;
  IPAM?: { Driver?: string; Config?: { Subnet?: string; Gateway?: string }[] | null } | null;
  Labels?: Record<string, string> | null;
  Options?: Record<string, string> | null;
}

export interface HostReadings {
  /** GET /version: Version ("20.10.24+dfsg1") */
  version: { Version?: string; ApiVersion?: string };
  /** GET /info: ID (the engine ID), SystemTime */
  info: { ID?: string; SystemTime?: string; Name?: string };
  /** GET /networks */
  networks: ApiNetwork[];
  /** the text of /proc/net/route (the main routing table of the network namespace the reader runs in) */
  procNetRoute: string;
  /** MTU by interface name (/sys/class/net/IFACE/mtu), for the interfaces of the routes */
  mtu: Record<string, number>;
  /** /etc/resolv.conf */
  resolvConf: string;
  /** systemd-resolved's upstream list (/run/systemd/resolve/resolv.conf), when present */
  resolvedUpstream?: string;
  /** the daemon.json text, or null when the host has none */
  daemonJson: string | null;
  /** where daemon.json was read from */
  daemonJsonPath: string;
  /** the machine's host name */
  hostname: string;
}

/** How the live host is read: one call, so tests hand in recorded readings. */
export interface HostSource {
  read(): Promise<HostReadings>;
}
