/**
 * The JS side of a value class: private fields holding its scalars, accessors for the public ones
 * (floats rounded with Math.fround, integers range-checked, frozen constants refused), and the
 * methods copying its fields to and from register slots.
 */
import type { BoundClass } from '../../typemaps/index.js';
import type { ScalarKind, ValueField } from '../../typemaps/valueLayout.js';

/** What the class template needs for a value class (every entry a JS snippet). */
export interface ValueClassView {
  /** Private field declarations (`#x = 0;`). */
  fields: string[];
  /** Statements loading the class's own fields from `s` at slot `k` (the base's come first). */
  load: string[];
  /** Statements storing them into `s` from slot `k`. */
  store: string[];
  /** Public fields' accessors: `get x() {…}` / `set x(v) {…}`. */
  accessors: string[];
  /** Statements freezing nested values too. */
  freeze: string[];
  /** The base is a value class: load/store call it first. */
  hasBase: boolean;
  /** Public field names, bases first (toJSON). */
  publicNames: string;
  /** The constructor's parameter list: at least `a0, a1, a2` (the internal path reads token, slot and source from them). */
  params: string;
  /** The public fields as the typings declare them. */
  ts: { jsName: string; tsType: string; tsSetType?: string }[];
}

/** The expression checking and converting `v` written to a scalar field. */
function convert(s: ScalarKind, where: string): string {
  switch (s.kind) {
    case 'f32': return `rt.setF32(this, v, '${where}')`;
    case 'f64': return `rt.setF64(this, v, '${where}')`;
    case 'bool': return `rt.setBool(this, v, '${where}')`;
    default: return `rt.setInt(this, v, ${s.lo}, ${s.hi}, '${s.type}', '${where}')`;
  }
}

/** Private names of a field's slots: one per scalar (`#m_5` for element 5 of an array). */
const slotNames = (f: ValueField) => (f.dims ? Array.from({ length: f.slots }, (_, i) => `#${f.name}_${i}`) : [`#${f.name}`]);

/** The view of value class `cls` (`jsName` and its layout), whose constructor takes up to `arity` arguments. */
export function valueClassView(cls: BoundClass, arity: number): ValueClassView {
  const layout = cls.value!;
  const params = Array.from({ length: Math.max(3, arity) }, (_, i) => `a${i}`).join(', ');
  const v: ValueClassView = { fields: [], load: [], store: [], accessors: [], freeze: [], hasBase: layout.baseSlots > 0, publicNames: JSON.stringify(layout.publicNames), params, ts: [] };
  for (const f of layout.fields) {
    const where = `${cls.jsName}.${f.name}`;
    if (f.isPublic) {
      const scalar = f.scalar?.kind === 'bool' ? 'boolean' : 'number';
      // A nested value is set from a copy or its constructor's numbers.
      v.ts.push(f.nested ? { jsName: f.name, tsType: f.nested.jsName, tsSetType: `${f.nested.jsName} | readonly number[]` }
        : { jsName: f.name, tsType: f.dims ? `readonly ${scalar}[]` : scalar });
    }
    if (f.nested) {
      const js = f.nested.jsName;
      v.fields.push(`#${f.name} = new ${js}(rt.INTERNAL, 0, rt.ZEROS);`);
      v.load.push(`this.#${f.name}[rt.LOAD](s, k + ${f.at});`);
      v.store.push(`this.#${f.name}[rt.STORE](s, k + ${f.at});`);
      v.freeze.push(`this.#${f.name}[rt.FREEZE]();`);
      if (f.isPublic) {
        v.accessors.push(`get ${f.name}() { return this.#${f.name}; }`,
          `set ${f.name}(v) { rt.assignValue(this.#${f.name}, v, ${js}, this, '${where}'); }`);
      }
      continue;
    }
    const names = slotNames(f);
    const bool = f.scalar!.kind === 'bool';
    names.forEach((n, i) => {
      v.fields.push(`${n} = ${bool ? 'false' : '0'};`);
      v.load.push(`this.${n} = ${bool ? `s[k + ${f.at + i}] !== 0` : `s[k + ${f.at + i}]`};`);
      v.store.push(`s[k + ${f.at + i}] = ${bool ? `+this.${n}` : `this.${n}`};`);
    });
    if (!f.isPublic) continue;
    if (f.dims) {
      // A copy comes out (frozen: writing into it would be lost); assigning an array sets every element.
      v.accessors.push(`get ${f.name}() { return Object.freeze([${names.map((n) => `this.${n}`).join(', ')}]); }`,
        `set ${f.name}(v) { rt.checkNumbers(v, ${f.slots}, ${f.slots}, '${where}', 'value'); ${names.map((n, i) => `this.${n} = ${convert(f.scalar!, where).replace(/\bv\b/, `v[${i}]`)};`).join(' ')} }`);
    } else {
      v.accessors.push(`get ${f.name}() { return this.${names[0]}; }`, `set ${f.name}(v) { this.${names[0]} = ${convert(f.scalar!, where)}; }`);
    }
  }
  return v;
}
