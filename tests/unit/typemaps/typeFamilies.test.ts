// The generator knows only standard templates: a library's own shared pointers, sequences and getter
// callbacks, and the owners of objects shared pointers hold, reach the built-in type maps through the
// emission spec's `typeFamilies`.
import { describe, expect, it } from 'vitest';
import type { TypeRef } from '../../../generator/model/index.js';
import { TypeMapRegistry, type BoundClass, type TypeMapEnv } from '../../../generator/typemaps/index.js';

const widget: BoundClass = { id: 'lib::Widget', jsName: 'Widget', cpp: 'lib::Widget', copyable: false, polymorphic: true };
const bindings: TypeMapEnv = { classOf: (id) => (id === 'lib::Widget' ? widget : undefined), enumOf: () => undefined };
const record = (canonical: string, templateArgs: TypeRef[] = []): TypeRef => ({ kind: 'record', spelling: canonical, canonical, name: canonical, templateArgs });
const int: TypeRef = { kind: 'builtin', spelling: 'int', canonical: 'int', name: 'int' };
const handle = record('lib::Handle<lib::Widget>', [record('lib::Widget')]);
const list = record('lib::List<int>', [int]);
const getter: TypeRef = { kind: 'pointer', spelling: 'int (*)(void *, int)', canonical: 'int (*)(void *, int)' };
const data: TypeRef = { kind: 'pointer', spelling: 'void *', canonical: 'void *' };

describe('typeFamilies', () => {
  const plain = new TypeMapRegistry(bindings);
  const withFamilies = new TypeMapRegistry(bindings, [], [], [], {
    sharedPointers: ['lib::Handle'], sequences: ['lib::List'],
    callbacks: { 'int (*)(void *, int)': { ts: '(index: number) => number', trampoline: 'lib::callGetter' } },
  });

  it('makes a shared-pointer template a shared pointer (typed as its pointee)', () => {
    expect(plain.find(handle, 'out')?.name).not.toBe('shared pointer');
    expect(withFamilies.find(handle, 'out')?.name).toBe('shared pointer');
    expect(withFamilies.find(handle, 'out')!.tsOut(handle, withFamilies.env)).toBe('Widget | null');
  });

  it('makes a sequence template an array', () => {
    expect(plain.find(list, 'out')?.tsOut(list, plain.env)).not.toBe('number[]');
    expect(withFamilies.find(list, 'out')!.tsOut(list, withFamilies.env)).toBe('number[]');
  });

  it('takes a JS function for a getter with user data, through the named trampoline', () => {
    const params = [{ name: 'fn', type: getter }, { name: 'data', type: data }];
    expect(plain.findGroup(params)?.name).not.toBe('callback + user data');
    const group = withFamilies.findGroup(params)!;
    expect(group.tsIn(params, withFamilies.env)).toBe('(index: number) => number');
    expect(group.cppArgs('cb', params, withFamilies.env)).toEqual(['&lib::callGetter', '&cb']);
  });

  it("shares a plain pointer's owner when the class has one (returns: 'shared')", () => {
    const ptr: TypeRef = { kind: 'pointer', spelling: 'lib::Widget *', canonical: 'lib::Widget *', pointee: record('lib::Widget') };
    const derived = { ...bindings, derivesFrom: (id: string, base: string) => id === 'lib::Widget' && base === 'lib::Owned' };
    const owners = new TypeMapRegistry(derived, [], [], [], { sharedOwners: { 'lib::Owned': 'lib::ownerOf' } });
    expect(plain.find(ptr, 'out')!.regOut!.shared!(ptr, plain.env)).toBeUndefined();
    const form = owners.find(ptr, 'out')!.regOut!.shared!(ptr, owners.env)!;
    expect(form.cpp('w->self()')).toContain('auto owner = p ? lib::ownerOf(p)');
    expect(form.js).toBe('rt.sharedOrBorrowed(C[R[1]] ?? Widget, R[0], R[2], S, this)');
  });
});
