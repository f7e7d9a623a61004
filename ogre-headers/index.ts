/**
 * The shipped OGRE binding spec: what `ogre-bindgen generate` uses unless given `--spec`. A spec
 * file of your own can extend it (its default export is this function's result, changed):
 *
 *     import ogreSpec from 'ogre-bindgen/spec';
 *     export default () => { const spec = ogreSpec(); spec.emit.typemaps = [myTypeMap, ...spec.emit.typemaps ?? []]; return spec; };
 */
import { defineSpec, type BindingSpec } from '../generator/config/index.js';
import { ogreEmitSpec } from './emit.js';
import { ogreParseInput } from './modules.js';
import spec from './spec.js';

/** OGRE's four modules (found through pkg-config), the rules from spec.ts and the emission spec from emit.ts (fresh copies). */
export default defineSpec((): BindingSpec => ({
  parse: ogreParseInput(),
  rules: { ...spec.rules },
  emit: { ...ogreEmitSpec, typemaps: [...ogreEmitSpec.typemaps ?? []] },
}));
