import { describe, expect, it } from 'vitest';
import { SimDaemon } from '../../src/engine/daemon.js';

function redeploys(d: SimDaemon, n: number, name = 'app_default'): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = d.create(name);
    out.push(r.ok ? r.subnets.join(' ') : `error: ${r.error}`);
    d.remove(name);
  }
  return out;
}

describe('round-robin allocation (Engine ≤ 26)', () => {
  it('walks one pool per redeploy and wraps after 192.168.240.0/20', () => {
    const d = new SimDaemon({ engine: '26.1' });
    expect(d.docker0()).toBe('172.17.0.0/16');
    const walk = redeploys(d, 34);
    expect(walk[0]).toBe('172.18.0.0/16');
    expect(walk[13]).toBe('172.31.0.0/16'); // redeploy 14
    expect(walk[14]).toBe('192.168.0.0/20');
    expect(walk[29]).toBe('192.168.240.0/20');
    expect(walk[30]).toBe('172.18.0.0/16');
  });

  it('gives the first user network 172.17.0.0/16 when the bridge is off', () => {
    const d = new SimDaemon({ engine: '20.10.24', bridgeNone: true });
    expect(d.docker0()).toBeNull();
    expect(redeploys(d, 2)).toEqual(['172.17.0.0/16', '172.18.0.0/16']);
  });

  it('leaves 172.17.0.0/16 to user networks when bip is set', () => {
    const d = new SimDaemon({ engine: '20.10.24', bip: '10.99.0.1/24' });
    expect(d.docker0()).toBe('10.99.0.0/24');
    expect(redeploys(d, 1)).toEqual(['172.17.0.0/16']);
  });

  it('skips a pool holding a host nameserver and still advances the cursor past it', () => {
    const d = new SimDaemon({ engine: '20.10.24', nameservers: ['172.19.0.53'] });
    expect(d.create('a')).toEqual({ ok: true, subnets: ['172.18.0.0/16'] });
    expect(d.create('b')).toEqual({ ok: true, subnets: ['172.20.0.0/16'] });
    d.remove('a');
    d.remove('b');
    expect(d.create('c')).toEqual({ ok: true, subnets: ['172.21.0.0/16'] });
  });

  it('avoids on-link routes but not routes through a gateway (from 20.10.15)', () => {
    const d = new SimDaemon({
      engine: '20.10.24',
      routes: [
        { cidr: '172.18.0.0/16', onLink: true },
        { cidr: '172.19.0.0/16', onLink: false },
      ],
    });
    expect(d.create('a')).toEqual({ ok: true, subnets: ['172.19.0.0/16'] });
  });

  it('avoids every non-default route before 20.10.15', () => {
    const d = new SimDaemon({
      engine: '20.10.14',
      routes: [
        { cidr: '172.18.0.0/16', onLink: true },
        { cidr: '172.19.0.0/16', onLink: false },
      ],
    });
    expect(d.create('a')).toEqual({ ok: true, subnets: ['172.20.0.0/16'] });
  });

  it('lets an explicit /24 block the whole /16 candidate around it without moving the cursor', () => {
    const d = new SimDaemon({ engine: '20.10.24' });
    expect(d.create('pinned', { subnets: ['172.18.5.0/24'] })).toEqual({ ok: true, subnets: ['172.18.5.0/24'] });
    expect(d.create('a')).toEqual({ ok: true, subnets: ['172.19.0.0/16'] });
  });

  it("refuses an explicit subnet overlapping an allocated one with Docker's words", () => {
    const d = new SimDaemon({ engine: '20.10.24' });
    d.create('a');
    expect(d.create('b', { subnets: ['172.18.0.0/24'] })).toEqual({
      ok: false,
      error: 'Pool overlaps with other one on this address space',
    });
    const e = new SimDaemon({ engine: '27.1.1' });
    e.create('a');
    expect(e.create('b', { subnets: ['172.18.0.0/24'] })).toEqual({
      ok: false,
      error: 'invalid pool request: Pool overlaps with other one on this address space',
    });
  });

  it('resets the cursor to 0 on restart and keeps existing networks', () => {
    const d = new SimDaemon({ engine: '20.10.24' });
    redeploys(d, 5); // cursor now past 172.22
    d.create('keep'); // 172.23
    d.restart();
    expect(d.subnetsOf('keep')).toEqual(['172.23.0.0/16']);
    expect(d.create('x')).toEqual({ ok: true, subnets: ['172.18.0.0/16'] });
  });

  it('resets the cursor to 0 rather than wrapping modulo after a wrap-around pick', () => {
    // pools of 3: docker0 takes the first; fill the rest, free the first user one, walk past the end
    const d = new SimDaemon({ engine: '20.10.24', defaultAddressPools: [{ base: '10.1.0.0/22', size: 24 }] });
    expect(d.docker0()).toBe('10.1.0.0/24');
    d.create('a'); // 10.1.1.0, cursor 2
    d.create('b'); // 10.1.2.0, cursor 3
    d.create('c'); // 10.1.3.0, cursor 4 → 0
    d.remove('a');
    expect(d.create('d')).toEqual({ ok: true, subnets: ['10.1.1.0/24'] });
  });

  it('fails the 29th concurrent network with docker0 and two host routes', () => {
    const d = new SimDaemon({
      engine: '20.10.24',
      routes: [
        { cidr: '172.31.0.0/16', onLink: true },
        { cidr: '192.168.0.0/20', onLink: true },
      ],
    });
    let n = 0;
    let last;
    for (;;) {
      last = d.create(`n${n}`);
      if (!last.ok) break;
      n++;
    }
    expect(n).toBe(28);
    expect(last).toEqual({
      ok: false,
      error: 'could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network',
    });
  });
});

describe('first-fit allocation (Engine ≥ 27)', () => {
  it('gives the same subnet back after down/up: no walk', () => {
    const d = new SimDaemon({ engine: '27.3.1' });
    expect(redeploys(d, 3)).toEqual(['172.18.0.0/16', '172.18.0.0/16', '172.18.0.0/16']);
  });
  it('takes the lowest free subnet, skipping nameservers and on-link routes', () => {
    const d = new SimDaemon({ engine: '28.0', nameservers: ['172.18.0.10'], routes: [{ cidr: '172.19.0.0/16', onLink: true }] });
    expect(d.create('a')).toEqual({ ok: true, subnets: ['172.20.0.0/16'] });
  });
  it('uses sorted pools regardless of config order', () => {
    const d = new SimDaemon({
      engine: '27.1',
      bridgeNone: true,
      defaultAddressPools: [
        { base: '10.20.0.0/16', size: 24 },
        { base: '10.10.0.0/16', size: 24 },
      ],
    });
    expect(d.create('a')).toEqual({ ok: true, subnets: ['10.10.0.0/24'] });
  });
  it('reports exhaustion with the ≥ 27 words', () => {
    const d = new SimDaemon({ engine: '27.1', defaultAddressPools: [{ base: '10.10.0.0/23', size: 24 }] });
    expect(d.create('a').ok).toBe(true);
    expect(d.create('b')).toEqual({ ok: false, error: 'all predefined address pools have been fully subnetted' });
  });
  it('is unaffected by restarts', () => {
    const d = new SimDaemon({ engine: '27.1' });
    d.create('a');
    d.restart();
    expect(d.create('b')).toEqual({ ok: true, subnets: ['172.19.0.0/16'] });
  });
});
