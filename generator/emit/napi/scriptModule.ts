/**
 * The module file as a script plus a thin ES module around it. V8 can keep a code cache for a
 * script (`vm.Script` cachedData) but Node 20 keeps none for ES modules, and compiling the
 * several-megabyte module was most of `import 'ogre-napi'`. The script is the module's text with
 * its `export`s turned into declarations and one object of every exported name returned; the ES
 * module re-exports those names (the typings and importers see no difference). The classes'
 * members (four fifths of the text) go to a second script, read and compiled when a class is
 * first used, so `import` reads and deserialises only the class shells.
 */

/**
 * `{ script, members, names }`: the function-expression script, the members script (each class's
 * members, made on first use: read and compiled only then) and the names the script returns, from
 * the module's text. `ids` are the dispatcher ids of the addon's generated functions (see {@link nativeIds}).
 */
export function toScript(moduleText: string, ids: ReadonlyMap<string, number>, membersFile: string): { script: string; members: string; names: string[]; reexports: string[] } {
  const names: string[] = [];
  const reexports: string[] = [];
  // Generated functions are called through the one dispatcher `$call`, their id in the last
  // register (argument expressions never call the addon, so nothing overwrites it before the call).
  // The addon's other exports become locals.
  const natives = new Set<string>(['$call']);
  const toNative = (_m: string, name: string, paren: string) => {
    const id = ids.get(name);
    if (id === undefined) { natives.add(name); return `${name}${paren}`; }
    // A function value (a class's deleter) is its id: `F(id)` makes the function when it is needed.
    return paren ? `(R[${CALL_SLOT}] = ${id}, $call)(` : String(id);
  };
  // One pass over the lines (megabytes of them): exports, natives, and members apart from shells.
  const shells: string[] = [];
  const members: string[] = [];
  let inMembers = false;
  for (let line of moduleText.split('\n')) {
    if (line.startsWith('//@')) {
      const start = /^\/\/@members (\w+)$/.exec(line);
      if (start) { inMembers = true; members.push(`${start[1]}: () => {`); continue; }
      if (line === '//@end') { inMembers = false; members.push('},'); continue; }
    }
    if (line.startsWith('export ') || line.startsWith('import ')) line = exportFree(line, names, reexports);
    if (line.includes('import.meta.url')) line = line.replace(/import\.meta\.url/g, 'moduleUrl');
    if (line.includes('N.')) line = line.replace(/\bN\.([A-Za-z_$][\w$]*)(\(?)/g, toNative);
    (inMembers ? members : shells).push(line);
  }
  const locals = [...natives].sort().join(', ');
  const addonAt = shells.findIndex((l) => /^const N = rt\.loadAddon\(/.test(l));
  if (addonAt >= 0) {
    shells.splice(addonAt + 1, 0, `const { ${locals} } = N;`,
      '/** Each class\'s members, by class index: the members script, loaded when a class is first used. */',
      `let $M = null;`,
      '/** A generated function as a JS function value, from its id (deleters, made when first needed). */',
      `const F = (id) => rt.nativeFunction(R, ${CALL_SLOT}, id, $call);`,
      `const $members = (i) => ($M ??= rt.loadMembers(moduleUrl, './${membersFile}', { rt, N, R, C, S, $math, $views, $exports }))[i]();`);
  }
  const header = shells.findIndex((l) => l !== '' && !l.startsWith('//'));
  const lead = shells.slice(0, header).filter(Boolean);
  const script = ascii([...lead, '(function (rt, moduleUrl) {', ...shells.slice(header), `const $exports = { ${names.join(', ')} };`, 'return $exports;', '})', ''].join('\n'));
  const membersScript = ascii([
    ...lead, '(function ({ rt, N, R, C, S, $math, $views, $exports }) {', `const { ${locals} } = N;`, `const { ${names.join(', ')} } = $exports;`,
    'return {', ...members, '};', '})', '',
  ].join('\n'));
  return { script, members: membersScript, names, reexports };
}

/** An `export`/`import` line of the module as the script has it (declarations; the names exported are collected). */
function exportFree(line: string, names: string[], reexports: string[]): string {
  if (/^import \* as rt from /.test(line)) return '';
  let m = /^export \* as (\w+) from '(.+)';$/.exec(line);
  if (m) { reexports.push(line); return ''; }
  m = /^export const \{ ([^}]+) \} = (.+)$/.exec(line);
  if (m) { names.push(...m[1]!.split(',').map((n) => n.trim())); return `const { ${m[1]} } = ${m[2]}`; }
  m = /^export (class|const|function) (\w+)(.*)$/.exec(line);
  if (m) { names.push(m[2]!); return `${m[1]} ${m[2]}${m[3]}`; }
  if (/^export /.test(line)) throw new Error(`scriptModule: unexpected export: ${line}`);
  return line;
}

/** ASCII only (\\u escapes), so the loader can read it as latin1 without decoding UTF-8. */
const ascii = (text: string) => text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The register holding the id of the function `$call` runs (ogre_napi/registers.h: kCallSlot). */
const CALL_SLOT = 63;

/** Dispatcher ids: `(unit << 16) | position in the unit's table` (templates/napi/unit.cpp.hbs). */
export function nativeIds(units: readonly { file: string; classes: readonly { natives: readonly { name: string }[] }[] }[]): Map<string, number> {
  const ids = new Map<string, number>();
  units.forEach((u, unit) => {
    const names = u.classes.flatMap((c) => c.natives.map((n) => n.name));
    if (names.length > 0xffff) throw new Error(`${u.file}: more than 65535 native functions in one unit`);
    names.forEach((name, local) => ids.set(name, (unit << 16) | local));
  });
  return ids;
}

/** The package entry, `index.js`: the ES module that runs the script (through the runtime's code-cached loader) and exports its names, its namespace also as its default export. */
export function esWrapper(generatedHeader: string, runtimePath: string, scriptFile: string, names: string[], reexports: string[]): string {
  return [
    generatedHeader.trimEnd(),
    `import * as rt from '${runtimePath}';`,
    "import * as self from './index.js';",
    '',
    'export default self;',
    `const M = rt.loadScript(import.meta.url, './${scriptFile}', rt);`,
    `export const {\n${names.map((n) => `  ${n},`).join('\n')}\n} = M;`,
    ...reexports,
    '',
  ].join('\n');
}
