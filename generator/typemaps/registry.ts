/** The ordered list of type maps: user overrides first, then the built-ins; the first match wins. */
import type { TypeRef } from '../model/index.js';
import type { TypeMap, TypeMapEnv } from './TypeMap.js';
import { boolMap, floatMap, integerMap, voidMap } from './primitives.js';
import { cStringMap, stringMap } from './strings.js';
import { enumMap } from './enums.js';
import { type SequenceRule, sequenceTypeMap } from './sequences.js';
import { classMap } from './classes.js';
import { bufferMap } from './buffers.js';

/** Built-in entries, most specific first (sequences before plain classes). */
export function builtinTypeMaps(sequences: readonly SequenceRule[] = []): TypeMap[] {
  return [voidMap, boolMap, integerMap, floatMap, stringMap, cStringMap, enumMap, bufferMap, sequenceTypeMap(sequences), classMap];
}

/** Resolves types to entries. */
export class TypeMapRegistry {
  private readonly entries: readonly TypeMap[];

  constructor(readonly env: TypeMapEnv, overrides: readonly TypeMap[] = [], sequences: readonly SequenceRule[] = []) {
    this.entries = [...overrides, ...builtinTypeMaps(sequences)];
  }

  /** The entry for `t` in that position, or undefined when no entry handles it. */
  find(t: TypeRef, use: 'in' | 'out'): TypeMap | undefined {
    return this.entries.find((e) => e.matches(t, use, this.env));
  }
}
