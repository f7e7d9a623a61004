/**
 * C++ for value classes: `values::load(r, v)` fills a C++ object from register slots, `values::store`
 * writes its fields to slots, `values::out` gives them as a Float64Array (see native/runtime/ogre_napi/values.h).
 */
import type { BindingSet } from './BindingSet.js';

/** The generated values.h body and the explicit instantiations module.cpp needs. */
export interface ValueCode { header: string[]; offsets: string[] }

const tagOf = (cls: string, field: string) => `Tag_${cls.replace(/\W+/g, '_')}_${field}`;

/** Load/store functions of every value class of `set`, declared first (classes nest in any order). */
export function valueCode(set: BindingSet): ValueCode {
  const header: string[] = ['namespace values {'];
  const bodies: string[] = [];
  const offsets: string[] = [];
  const values = set.classes.flatMap((c) => { const b = set.classOf(c.id)!; return b.value ? [{ c, layout: b.value }] : []; });
  for (const { c, layout } of values) {
    header.push(`inline void load(const double* r, ${c.id}& v);`, `inline void store(const ${c.id}& v, double* r);`);
    const loads: string[] = [];
    const stores: string[] = [];
    const base = c.bases[0]?.decl ? set.classOf(c.bases[0].decl) : undefined;
    if (base?.value) {
      loads.push(`load(r, static_cast<${base.cpp}&>(v));`);
      stores.push(`store(static_cast<const ${base.cpp}&>(v), r);`);
    }
    for (const f of layout.fields) {
      const decl = (c.layout ?? []).find((l) => l.name === f.name)!;
      const type = decl.type.canonical.replace(/^const /, '');
      let place = `v.${f.name}`;
      if (!f.isPublic) {
        const tag = tagOf(c.id, f.name);
        header.push(`struct ${tag};`);
        offsets.push(`template struct rt::FieldOffset<values::${tag}, &${c.id}::${f.name}>;`);
        place = `rt::fieldAt<${f.nested ? f.nested.cpp : type}>(v, rt::Offset<${tag}>::value)`;
      }
      if (f.nested) {
        loads.push(`load(r + ${f.at}, ${place});`);
        stores.push(`store(${place}, r + ${f.at});`);
      } else if (f.dims) {
        loads.push(`rt::loadArray(r + ${f.at}, ${place});`);
        stores.push(`rt::storeArray(${place}, r + ${f.at});`);
      } else {
        loads.push(`${place} = rt::fromSlot<${type}>(r[${f.at}]);`);
        stores.push(`r[${f.at}] = rt::toSlot(${place});`);
      }
    }
    bodies.push(
      `inline void load(const double* r, ${c.id}& v) { ${loads.join(' ')} }`,
      `inline void store(const ${c.id}& v, double* r) { ${stores.join(' ')} }`,
      `inline Napi::Value out(Napi::Env env, const ${c.id}& v) { auto a = Napi::Float64Array::New(env, ${layout.slots}); store(v, a.Data()); return a; }`,
      `inline void in(const Napi::Value& a, ${c.id}& v) { load(rt::slotsArg(a, ${layout.slots}), v); }`,
    );
  }
  return { header: [...header, ...bodies, '}  // namespace values'], offsets };
}
