/** The ordered list of type maps: user overrides first, then the built-ins; the first match wins. */
import type { TypeRef } from '../model/index.js';
import type { GroupParam, GroupTypeMap, TypeFamilies, TypeMap, TypeMapEnv } from './TypeMap.js';
import { argvGroup, numberArrayGroup } from './groups.js';
import { callbackGroup, functionHandleMap } from './callbacks.js';
import { boolMap, floatMap, integerMap, voidMap } from './primitives.js';
import { cStringArrayMap, cStringMap, charArrayOutMap, ostreamOutMap, stringMap, typeInfoOutMap } from './strings.js';
import { handleMap } from './handles.js';
import { pointerToValueOutMap, uniquePointerOutMap } from './pointers.js';
import { enumMap } from './enums.js';
import { type SequenceRule, sequenceTypeMap } from './sequences.js';
import { classMap } from './classes.js';
import { valueTypeMap } from './values.js';
import { bufferMap } from './buffers.js';
import { typedArrayMap } from './typedArrays.js';
import { arrayMap, fixedArrayOutMap, keyedMapMap, pairMap, stringMapMap } from './containers.js';
import { sharedPointerMap, sharedValueMap } from './sharedPointers.js';

/** Built-in entries, most specific first (sequences before plain classes). */
export function builtinTypeMaps(sequences: readonly SequenceRule[] = []): TypeMap[] {
  return [
    voidMap, boolMap, integerMap, floatMap, stringMap, cStringMap, cStringArrayMap, enumMap, functionHandleMap, handleMap, bufferMap, typedArrayMap, valueTypeMap(sequences), sequenceTypeMap(sequences),
    sharedPointerMap, sharedValueMap, classMap, arrayMap, stringMapMap, keyedMapMap, pairMap, charArrayOutMap, fixedArrayOutMap,
    ostreamOutMap, pointerToValueOutMap, uniquePointerOutMap, typeInfoOutMap,
  ];
}

/** Resolves types to entries. */
export class TypeMapRegistry {
  private readonly entries: readonly TypeMap[];

  private readonly groups: readonly GroupTypeMap[];

  /** The binding's facts plus `find`, so container type maps can resolve their element types. */
  readonly env: TypeMapEnv;

  constructor(
    bindings: TypeMapEnv, overrides: readonly TypeMap[] = [], sequences: readonly SequenceRule[] = [],
    groups: readonly GroupTypeMap[] = [], families: TypeFamilies = {},
  ) {
    this.env = {
      families,
      classOf: (id) => bindings.classOf(id),
      enumOf: (id) => bindings.enumOf(id),
      find: (t, use) => this.find(t, use),
      ...(bindings.derivesFrom ? { derivesFrom: (id: string, base: string) => bindings.derivesFrom!(id, base) } : {}),
    };
    this.entries = [...overrides, ...builtinTypeMaps(sequences)];
    this.groups = [...groups, numberArrayGroup, argvGroup, callbackGroup];
  }

  /** The entry for `t` in that position (`param`: the parameter's name), or undefined when none handles it. */
  find(t: TypeRef, use: 'in' | 'out', param?: string): TypeMap | undefined {
    return this.entries.find((e) => e.matches(t, use, this.env, param));
  }

  /** A group type map taking the parameters starting at `params[0]`, if one matches. */
  findGroup(params: GroupParam[]): GroupTypeMap | undefined {
    return this.groups.find((g) => params.length >= g.arity && g.matches(params.slice(0, g.arity), this.env));
  }
}
