/** The API diff as text: a table of counts per module, then each module's names and signatures. */
import type { ApiDiff, ModuleDiff } from './modelDiff.js';

type Counts = { added: number; removed: number; changed: number };
const cell = (c: Counts) => `+${c.added} -${c.removed} ~${c.changed}`;

function counts(d: ModuleDiff): Record<string, Counts> {
  const methods = (k: 'addedMethods' | 'removedMethods' | 'changedMethods') => d.classes.changed.reduce((n, c) => n + c[k].length, 0);
  return {
    classes: { added: d.classes.added.length, removed: d.classes.removed.length, changed: d.classes.changed.length },
    methods: { added: methods('addedMethods'), removed: methods('removedMethods'), changed: methods('changedMethods') },
    enums: { added: d.enums.added.length, removed: d.enums.removed.length, changed: d.enums.changed.length },
    functions: { added: d.functions.added.length, removed: d.functions.removed.length, changed: d.functions.changed.length },
    constants: { added: d.constants.added.length, removed: d.constants.removed.length, changed: d.constants.changed.length },
  };
}

/** The count table only (`+added -removed ~changed` per kind). */
export function formatSummary(diff: ApiDiff): string {
  const kinds = ['classes', 'methods', 'enums', 'functions', 'constants'];
  const row = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(10) : c.padStart(18))).join('');
  return [row(['module', ...kinds]), ...diff.modules.map((d) => row([d.module, ...kinds.map((k) => cell(counts(d)[k]!))])),
    row(['total', ...kinds.map((k) => cell(diff.totals[k as keyof ApiDiff['totals']]))])].join('\n');
}

/** The whole diff: summary, then per module removed/added/changed names with signatures (`-` old, `+` new). */
export function formatDiff(diff: ApiDiff, title: string): string {
  const out = [title, '', formatSummary(diff)];
  const list = (head: string, items: string[], mark: string) => {
    if (!items.length) return;
    out.push(`  ${head} (${items.length}):`, ...items.map((i) => `    ${mark} ${i}`));
  };
  for (const d of diff.modules) {
    out.push('', `== ${d.module} ==`);
    list('classes removed', d.classes.removed, '-');
    list('classes added', d.classes.added, '+');
    if (d.classes.changed.length) out.push(`  classes changed (${d.classes.changed.length}):`);
    for (const c of d.classes.changed) {
      out.push(`    ${c.id}`);
      out.push(...c.removedMethods.map((m) => `      - ${m}`), ...c.addedMethods.map((m) => `      + ${m}`));
      for (const m of c.changedMethods) out.push(`      ~ ${m.name}`, ...m.removed.map((s) => `          - ${s}`), ...m.added.map((s) => `          + ${s}`));
    }
    list('enums removed', d.enums.removed, '-');
    list('enums added', d.enums.added, '+');
    if (d.enums.changed.length) out.push(`  enums changed (${d.enums.changed.length}):`);
    for (const e of d.enums.changed) out.push(`    ${e.id}: ${[...e.removed.map((k) => `-${k}`), ...e.added.map((k) => `+${k}`)].join(' ')}`);
    list('functions removed', d.functions.removed, '-');
    list('functions added', d.functions.added, '+');
    if (d.functions.changed.length) out.push(`  functions changed (${d.functions.changed.length}):`);
    for (const f of d.functions.changed) out.push(`    ~ ${f.name}`, ...f.removed.map((s) => `        - ${s}`), ...f.added.map((s) => `        + ${s}`));
    list('constants removed', d.constants.removed, '-');
    list('constants added', d.constants.added, '+');
    if (d.constants.changed.length) out.push(`  constants changed (${d.constants.changed.length}):`, ...d.constants.changed.map((k) => `    ~ ${k.name}: ${k.from} → ${k.to}`));
  }
  return out.join('\n');
}
