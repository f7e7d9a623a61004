/** Per-module counts of classes, methods, enums, free functions and constants. */
import type { Model, ModuleSummary } from './Model.js';

/** Constants are enumerators, const namespace variables and static const data members. */
export function summarize(model: Model): ModuleSummary[] {
  const rows = new Map<string, ModuleSummary>(
    model.modules.map((m) => [m.name, { module: m.name, classes: 0, methods: 0, enums: 0, functions: 0, constants: 0 }]),
  );
  const row = (module: string) => rows.get(module);
  for (const c of model.classes) {
    const r = row(c.module);
    if (!r || c.incomplete) continue;
    r.classes++;
    r.methods += c.methods.reduce((n, s) => n + s.overloads.length, 0);
    r.constants += c.fields.filter((f) => f.static && f.type.const).length;
  }
  for (const e of model.enums) {
    const r = row(e.module);
    if (!r) continue;
    r.enums++;
    r.constants += e.constants.length;
  }
  for (const f of model.functions) {
    const r = row(f.module);
    if (r) r.functions++;
  }
  for (const v of model.variables) {
    const r = row(v.module);
    if (r && v.type.const) r.constants++;
  }
  return [...rows.values()];
}
