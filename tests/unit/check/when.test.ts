/** Version conditions of the spec: OGRE version bounds, build settings and Dear ImGui's layout. */
import { describe, expect, it } from 'vitest';
import type { OgreInstall } from '../../../ogre-headers/ogreInstall.js';
import { holds } from '../../../ogre-headers/when.js';

const install = (version: string, settings: Record<string, string>, kind: 'bundled' | 'separate'): OgreInstall => ({
  version, numbers: version.split('.').map(Number) as [number, number, number], root: '', libdir: '', settings, env: {},
  imgui: { kind, header: '', version: '', flags: [] },
});
const debian = install('1.12.10', { OGRE_NODELESS_POSITIONING: '' }, 'separate');
const upstream = install('14.5.2', {}, 'bundled');

describe('holds', () => {
  it('compares versions component by component', () => {
    expect(holds({ ogre: '<13' }, debian)).toBe(true);
    expect(holds({ ogre: '<13' }, upstream)).toBe(false);
    expect(holds({ ogre: '>=1.12 <14.5.2' }, debian)).toBe(true);
    expect(holds({ ogre: '>=14.5' }, upstream)).toBe(true);
    expect(holds({ ogre: '=14.5.2' }, upstream)).toBe(true);
  });

  it('tests build settings by whether they are defined', () => {
    expect(holds({ settings: { OGRE_NODELESS_POSITIONING: true } }, debian)).toBe(true);
    expect(holds({ settings: { OGRE_NODELESS_POSITIONING: true } }, upstream)).toBe(false);
    expect(holds({ settings: { OGRE_NODELESS_POSITIONING: false } }, upstream)).toBe(true);
  });

  it('tests Dear ImGui\'s layout, and needs every field to hold', () => {
    expect(holds({ imgui: 'bundled' }, upstream)).toBe(true);
    expect(holds({ imgui: 'bundled', ogre: '<13' }, upstream)).toBe(false);
  });

  it('refuses a malformed bound', () => {
    expect(() => holds({ ogre: '~13' }, debian)).toThrow(/expected e\.g\. >=13/);
  });
});
