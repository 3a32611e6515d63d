import { describe, expect, it } from 'vitest';
import { behavioursFor, parseEngineVersion } from '../../src/engine/versions.js';

describe('engine version table (docker-ipam.md §7)', () => {
  it.each([
    ['20.10.14', 'round-robin', 'all-routes'],
    ['20.10.15', 'round-robin', 'on-link'],
    ['23.0.0', 'round-robin', 'on-link'],
    ['26.1', 'round-robin', 'on-link'],
    ['18.09.1-ce', 'round-robin', 'all-routes'],
    ['17.03.2-ee-5', 'round-robin', 'all-routes'],
    ['28.0.0-rc.2', 'first-fit', 'on-link'],
    ['27.0.1', 'first-fit', 'on-link'],
    ['28.5.2', 'first-fit', 'on-link'],
    ['20.10.24+dfsg1', 'round-robin', 'on-link'],
  ])('maps %s to %s with %s checks', (v, model, routes) => {
    const [b] = behavioursFor(v);
    expect(b.model).toBe(model);
    expect(b.routeCheck).toBe(routes);
  });
  it('checks both models when the engine is unknown', () => {
    expect(behavioursFor('unknown').map((b) => b.model)).toEqual(['round-robin', 'first-fit']);
  });
  it('refuses text that is not a version', () => {
    expect(() => parseEngineVersion('latest-ish')).toThrow(/not a Docker Engine version/);
  });
  it.each([
    ['v24', /without the "v"/],
    ['v26.1.4', /without the "v"/],
    ['1', /major number alone/],
    ['99', /major number alone/],
    ['2.4', /no Docker Engine release is numbered 2\.4/],
    ['99.0', /no release has major 99/],
    ['21.0', /numbered 21\.0/],
    ['', /empty/],
  ])('refuses %j and lists the accepted forms', (v, why) => {
    expect(() => parseEngineVersion(v)).toThrow(why);
    expect(() => parseEngineVersion(v)).toThrow(/accepted: what `docker version` prints/);
  });
});
