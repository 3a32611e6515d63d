// Named ranges for `reserved: - preset: NAME`: the defaults of clouds, Kubernetes distributions, VPNs and
// desktop VMs that a Docker bridge on the same host must not cover. Each range says where the default is
// documented. Only defaults that are fixed and documented are here; a team that changed them lists its own
// CIDRs instead.

export interface PresetRange {
  cidr: string;
  name: string;
  /** where the default is documented */
  source: string;
}

export interface Preset {
  name: string;
  description: string;
  ranges: PresetRange[];
  /** other presets this one is the union of */
  includes?: string[];
}

const AWS_DEFAULT_VPC = 'https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html';
const AWS_DNS = 'https://docs.aws.amazon.com/vpc/latest/userguide/AmazonDNS-concepts.html';
const AWS_EKS = 'https://docs.aws.amazon.com/eks/latest/userguide/create-cluster.html';
const GCP_SUBNETS = 'https://cloud.google.com/vpc/docs/subnets#ip-ranges';
const AKS_KUBENET = 'https://learn.microsoft.com/azure/aks/configure-kubenet';
const ALIBABA_METADATA = 'https://www.alibabacloud.com/help/en/ecs/user-guide/view-instance-metadata';
const KUBEADM_INIT = 'https://kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-init/';
const FLANNEL = 'https://github.com/flannel-io/flannel/blob/master/Documentation/kube-flannel.yml';
const CALICO = 'https://docs.tigera.io/calico/latest/networking/ipam/initial-ippool';
const KIND_CONFIG = 'https://kind.sigs.k8s.io/docs/user/configuration/#pod-subnet';
const K3S_NETWORKING = 'https://docs.k3s.io/cli/server#networking';
const MINIKUBE_START = 'https://minikube.sigs.k8s.io/docs/commands/start/';
const MICROK8S_CIDR = 'https://microk8s.io/docs/change-cidr';
const DOCKER_DESKTOP = 'https://docs.docker.com/desktop/settings-and-maintenance/settings/#network';
const SWARM_NETWORKING = 'https://docs.docker.com/engine/swarm/networking/';
const TAILSCALE_100X = 'https://tailscale.com/kb/1015/100.x-addresses';
const TAILSCALE_IPV6 = 'https://tailscale.com/kb/1033/ip-and-dns-addresses';
const OPENVPN_SAMPLE = 'https://github.com/OpenVPN/openvpn/blob/master/sample/sample-config-files/server.conf';
const OPENVPN_AS = 'https://openvpn.net/as-docs/ (Access Server: VPN Settings, dynamic IP address network)';
const LSIO_WIREGUARD = 'https://github.com/linuxserver/docker-wireguard (INTERNAL_SUBNET default)';
const WG_EASY = 'https://github.com/wg-easy/wg-easy (WG_DEFAULT_ADDRESS default)';
const PIVPN = 'https://docs.pivpn.io/ (WireGuard default network)';
const PODMAN = 'https://github.com/containers/common/blob/main/docs/containers.conf.5.md (default_subnet)';
const LIBVIRT = 'https://wiki.libvirt.org/Networking.html (the "default" NAT network, virbr0)';
const VIRTUALBOX = 'https://www.virtualbox.org/manual/ch06.html (NAT 10.0.2.0/24, host-only 192.168.56.0/24)';

const PRESET_LIST: Preset[] = [
  // ---- clouds
  {
    name: 'aws-default-vpc',
    description: 'AWS default VPC and its Amazon DNS resolver (VPC base + 2)',
    ranges: [
      // "Default VPCs … IPv4 CIDR block of 172.31.0.0/16"
      { cidr: '172.31.0.0/16', name: 'AWS default VPC', source: AWS_DEFAULT_VPC },
      // "the reserved IP address at the base of the VPC IPv4 network range plus two"
      { cidr: '172.31.0.2/32', name: 'AWS default VPC DNS resolver (VPC base + 2)', source: AWS_DNS },
    ],
  },
  {
    name: 'aws-eks',
    description: 'EKS service CIDRs chosen when none is given (10.100.0.0/16, or 172.20.0.0/16 when the VPC is in 10.0.0.0/8)',
    ranges: [
      { cidr: '10.100.0.0/16', name: 'EKS default service CIDR', source: AWS_EKS },
      { cidr: '172.20.0.0/16', name: 'EKS default service CIDR (VPC in 10.0.0.0/8)', source: AWS_EKS },
    ],
  },
  {
    name: 'gcp-auto-mode',
    description: 'GCP auto mode VPC: one subnet per region, all inside 10.128.0.0/9',
    ranges: [{ cidr: '10.128.0.0/9', name: 'GCP auto mode VPC subnets', source: GCP_SUBNETS }],
  },
  {
    name: 'azure-aks',
    description: 'AKS defaults: service CIDR, kubenet / CNI overlay pod CIDR',
    ranges: [
      { cidr: '10.0.0.0/16', name: 'AKS default service CIDR (DNS service 10.0.0.10)', source: AKS_KUBENET },
      { cidr: '10.244.0.0/16', name: 'AKS default pod CIDR (kubenet, Azure CNI overlay)', source: AKS_KUBENET },
      // AKS's docker-bridge-cidr (172.17.0.0/16) is left out on purpose: it is node-local, never routed
      // to other hosts, and equal to docker0's own default, so reserving it would flag every host at start
    ],
  },
  {
    name: 'alibaba-cloud',
    description: 'Alibaba Cloud internal services (instance metadata 100.100.100.200, DNS 100.100.2.136/138)',
    ranges: [{ cidr: '100.100.0.0/16', name: 'Alibaba Cloud internal services', source: ALIBABA_METADATA }],
  },

  // ---- Kubernetes
  {
    name: 'kubeadm',
    description: 'kubeadm: default service CIDR and the pod CIDR of its documented Flannel set-up',
    ranges: [
      // kubeadm init --service-cidr, default "10.96.0.0/12"
      { cidr: '10.96.0.0/12', name: 'kubeadm default service CIDR', source: KUBEADM_INIT },
      // kubeadm has no pod default; --pod-network-cidr=10.244.0.0/16 is Flannel's default
      { cidr: '10.244.0.0/16', name: 'kubeadm pod CIDR (Flannel default)', source: FLANNEL },
    ],
  },
  {
    name: 'flannel',
    description: 'Flannel default pod network',
    ranges: [{ cidr: '10.244.0.0/16', name: 'Flannel default pod network', source: FLANNEL }],
  },
  {
    name: 'calico',
    description: 'Calico default IPv4 pool (covers every 192.168.x.0/20 pool Docker uses by default)',
    ranges: [{ cidr: '192.168.0.0/16', name: 'Calico default IPv4 pool', source: CALICO }],
  },
  {
    name: 'kind',
    description: 'kind: default pod and service subnets (IPv4 and IPv6)',
    ranges: [
      { cidr: '10.244.0.0/16', name: 'kind default pod subnet', source: KIND_CONFIG },
      { cidr: '10.96.0.0/16', name: 'kind default service subnet', source: KIND_CONFIG },
      { cidr: 'fd00:10:244::/56', name: 'kind default IPv6 pod subnet', source: KIND_CONFIG },
      { cidr: 'fd00:10:96::/112', name: 'kind default IPv6 service subnet', source: KIND_CONFIG },
    ],
  },
  {
    name: 'k3s',
    description: 'k3s: default cluster (pod) and service CIDRs',
    ranges: [
      { cidr: '10.42.0.0/16', name: 'k3s default cluster CIDR (pods)', source: K3S_NETWORKING },
      { cidr: '10.43.0.0/16', name: 'k3s default service CIDR (cluster DNS 10.43.0.10)', source: K3S_NETWORKING },
    ],
  },
  {
    name: 'minikube',
    description: 'minikube: service and pod CIDRs, the docker-driver network and the VirtualBox host-only network',
    ranges: [
      { cidr: '10.96.0.0/12', name: 'minikube default service CIDR', source: MINIKUBE_START },
      { cidr: '10.244.0.0/16', name: 'minikube default pod CIDR', source: MINIKUBE_START },
      // `minikube start --driver=docker` creates the "minikube" network 192.168.49.0/24 (node 192.168.49.2)
      { cidr: '192.168.49.0/24', name: 'minikube docker-driver network', source: MINIKUBE_START },
      // --host-only-cidr default "192.168.59.1/24" (virtualbox driver)
      { cidr: '192.168.59.0/24', name: 'minikube VirtualBox host-only network', source: MINIKUBE_START },
    ],
  },
  {
    name: 'microk8s',
    description: 'MicroK8s: default pod (Calico) and service CIDRs',
    ranges: [
      { cidr: '10.1.0.0/16', name: 'MicroK8s default pod CIDR', source: MICROK8S_CIDR },
      { cidr: '10.152.183.0/24', name: 'MicroK8s default service CIDR', source: MICROK8S_CIDR },
    ],
  },
  {
    name: 'kubernetes',
    description: 'the defaults of kubeadm, kind, k3s and minikube together',
    ranges: [],
    includes: ['kubeadm', 'kind', 'k3s', 'minikube'],
  },

  // ---- Docker and desktop VMs
  {
    name: 'docker-desktop',
    description: "Docker Desktop's internal VM network",
    ranges: [{ cidr: '192.168.65.0/24', name: 'Docker Desktop internal network', source: DOCKER_DESKTOP }],
  },
  {
    name: 'swarm-ingress',
    description: 'the swarm routing-mesh network "ingress"',
    ranges: [{ cidr: '10.0.0.0/24', name: 'Docker swarm ingress network', source: SWARM_NETWORKING }],
  },
  {
    name: 'podman',
    description: 'Podman\'s default network "podman"',
    ranges: [{ cidr: '10.88.0.0/16', name: 'Podman default network', source: PODMAN }],
  },
  {
    name: 'libvirt',
    description: 'libvirt\'s "default" NAT network (virbr0)',
    ranges: [{ cidr: '192.168.122.0/24', name: 'libvirt default network (virbr0)', source: LIBVIRT }],
  },
  {
    name: 'virtualbox',
    description: 'VirtualBox NAT and the first host-only network',
    ranges: [
      { cidr: '10.0.2.0/24', name: 'VirtualBox NAT network', source: VIRTUALBOX },
      { cidr: '192.168.56.0/24', name: 'VirtualBox host-only network', source: VIRTUALBOX },
    ],
  },

  // ---- VPNs
  {
    name: 'tailscale',
    description: 'Tailscale addresses: CGNAT 100.64.0.0/10 and its IPv6 ULA',
    ranges: [
      { cidr: '100.64.0.0/10', name: 'Tailscale IPv4 (CGNAT range)', source: TAILSCALE_100X },
      { cidr: 'fd7a:115c:a1e0::/48', name: 'Tailscale IPv6', source: TAILSCALE_IPV6 },
    ],
  },
  {
    name: 'openvpn',
    description: 'OpenVPN sample server configuration ("server 10.8.0.0 255.255.255.0"), also PiVPN\'s OpenVPN default',
    ranges: [{ cidr: '10.8.0.0/24', name: 'OpenVPN default client network', source: OPENVPN_SAMPLE }],
  },
  {
    name: 'openvpn-access-server',
    description: 'OpenVPN Access Server default dynamic client network',
    ranges: [{ cidr: '172.27.224.0/20', name: 'OpenVPN Access Server client network', source: OPENVPN_AS }],
  },
  {
    name: 'wireguard',
    description: 'common WireGuard defaults: linuxserver/wireguard, wg-easy, PiVPN',
    ranges: [
      { cidr: '10.13.13.0/24', name: 'linuxserver/wireguard default network', source: LSIO_WIREGUARD },
      { cidr: '10.8.0.0/24', name: 'wg-easy default network', source: WG_EASY },
      { cidr: '10.6.0.0/24', name: 'PiVPN WireGuard default network', source: PIVPN },
    ],
  },
  {
    name: 'vpn',
    description: 'all VPN presets: tailscale, openvpn, openvpn-access-server, wireguard',
    ranges: [],
    includes: ['tailscale', 'openvpn', 'openvpn-access-server', 'wireguard'],
  },
];

export const PRESETS: ReadonlyMap<string, Preset> = new Map(PRESET_LIST.map((p) => [p.name, p]));

/** Every preset name, in the order above (clouds, Kubernetes, Docker and VMs, VPNs). */
export function presetNames(): string[] {
  return PRESET_LIST.map((p) => p.name);
}

/**
 * The ranges a preset stands for (an umbrella preset gives the union of its parts, each CIDR once, its
 * names joined with " / "), or undefined for an unknown name.
 */
export function expandPreset(name: string): PresetRange[] | undefined {
  const p = PRESETS.get(name);
  if (!p) return undefined;
  const out: PresetRange[] = [];
  const seen = new Map<string, PresetRange>();
  const add = (preset: Preset, depth: number): void => {
    if (depth > 4) return;
    for (const r of preset.ranges) {
      const prev = seen.get(r.cidr);
      if (prev) {
        if (!prev.name.split(' / ').includes(r.name)) prev.name += ` / ${r.name}`;
        continue;
      }
      const copy = { ...r };
      seen.set(r.cidr, copy);
      out.push(copy);
    }
    for (const inc of preset.includes ?? []) {
      const sub = PRESETS.get(inc);
      if (sub) add(sub, depth + 1);
    }
  };
  add(p, 0);
  return out;
}

/** "unknown preset "x"; known presets: …" plus the closest name when there is one */
export function unknownPresetMessage(name: string): string {
  const names = presetNames();
  const close = names.find(
    (n) => n.startsWith(name) || name.startsWith(n) || n.replace(/-/g, '') === name.replace(/[-_ ]/g, '').toLowerCase(),
  );
  return `unknown preset ${JSON.stringify(name)}${close ? ` — did you mean "${close}"?` : '.'} Known presets: ${names.join(', ')}`;
}
