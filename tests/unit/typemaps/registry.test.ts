// Type-map resolution: built-ins by canonical type and qualifiers, user maps first, parameter-name
// patterns, and multi-parameter groups.
import { describe, expect, it } from 'vitest';
import type { TypeRef } from '../../../generator/model/index.js';
import { type TypeMap, type TypeMapEnv, TypeMapRegistry } from '../../../generator/typemaps/index.js';

const env: TypeMapEnv = {
  classOf: (id) => (id === 'ns::Vec' ? { id, jsName: 'Vec', cpp: id, copyable: true, polymorphic: false } : undefined),
  enumOf: (id) => (id === 'ns::Mode' ? { jsName: 'Mode', cpp: id, min: 0, max: 3, flags: false } : undefined),
};
const builtin = (name: string): TypeRef => ({ kind: 'builtin', spelling: name, canonical: name, name });
const ref = (pointee: TypeRef, kind: 'lvalue-ref' | 'pointer' = 'lvalue-ref'): TypeRef =>
  ({ kind, spelling: `${pointee.spelling} ${kind === 'pointer' ? '*' : '&'}`, canonical: `${pointee.canonical} ${kind === 'pointer' ? '*' : '&'}`, pointee });
const konst = (t: TypeRef): TypeRef => ({ ...t, const: true, spelling: `const ${t.spelling}`, canonical: `const ${t.canonical}` });
const record = (name: string): TypeRef => ({ kind: 'record', spelling: name, canonical: name, name });

describe('TypeMapRegistry', () => {
  const registry = new TypeMapRegistry(env);

  it('picks built-ins by canonical type and value category', () => {
    expect(registry.find(builtin('unsigned int'), 'in')?.name).toBe('integer');
    expect(registry.find(ref(konst(builtin('float'))), 'in')?.name).toBe('float');
    expect(registry.find(ref(builtin('float')), 'in')).toBeUndefined(); // a non-const float& is an out-parameter
    expect(registry.find(record('ns::Vec'), 'out')?.name).toBe('class');
    expect(registry.find(ref(record('ns::Vec'), 'pointer'), 'in')?.tsIn(ref(record('ns::Vec'), 'pointer'), env)).toBe('Vec | null');
    expect(registry.find({ kind: 'enum', spelling: 'ns::Mode', canonical: 'ns::Mode', name: 'ns::Mode' }, 'in')?.name).toBe('enum');
    expect(registry.find(ref(builtin('unsigned char'), 'pointer'), 'in')?.name).toBe('buffer');
    expect(registry.find(record('ns::Unknown'), 'in')).toBeUndefined();
  });

  it('validates integers with the C++ type range in the generated check', () => {
    const t = builtin('unsigned char');
    expect(registry.find(t, 'in')!.jsValidate!('a0', t, env, { where: 'C.f', param: 'b' })).toBe("rt.checkInt(a0, 0, 255, 'unsigned char', 'C.f', 'b');");
  });

  it('tries user type maps first, optionally by parameter name', () => {
    const seconds: TypeMap = {
      name: 'seconds', matches: (t, use, _env, param) => use === 'in' && t.canonical === 'double' && param === 'timeout',
      tsIn: () => 'number', tsOut: () => 'number', jsCheck: (v) => `typeof ${v} === 'number'`,
      cppIn: (src, name) => `const double ${name} = rt::num<double>(${src}) / 1000;`, cppOut: (e) => e,
    };
    const custom = new TypeMapRegistry(env, [seconds]);
    expect(custom.find(builtin('double'), 'in', 'timeout')?.name).toBe('seconds');
    expect(custom.find(builtin('double'), 'in', 'delay')?.name).toBe('float');
  });

  it('groups (const float* values, count) into one argument', () => {
    const params = [{ name: 'values', type: ref(konst(builtin('float')), 'pointer') }, { name: 'count', type: builtin('unsigned int') }];
    const group = registry.findGroup(params);
    expect(group?.arity).toBe(2);
    expect(group?.tsIn(params, env)).toBe('Float32Array | readonly number[]');
    expect(registry.findGroup([params[1]!, params[0]!])).toBeUndefined();
  });
});
