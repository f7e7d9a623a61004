/**
 * The module file as a script plus a thin ES module around it. V8 can keep a code cache for a
 * script (`vm.Script` cachedData) but Node 20 keeps none for ES modules, and compiling the
 * several-megabyte module was most of `import 'ogre-napi'`. The script is the module's text with
 * its `export`s turned into declarations and one object of every exported name returned; the ES
 * module re-exports those names (the typings and importers see no difference).
 */

/** `{ script, names }`: the function-expression script and the names it returns, from the module's text. */
export function toScript(moduleText: string): { script: string; names: string[]; reexports: string[] } {
  const names: string[] = [];
  const reexports: string[] = [];
  const body = moduleText.split('\n').map((line) => {
    if (/^import \* as rt from /.test(line)) return '';
    let m = /^export \* as (\w+) from '(.+)';$/.exec(line);
    if (m) { reexports.push(line); return ''; }
    m = /^export const \{ ([^}]+) \} = (.+)$/.exec(line);
    if (m) { names.push(...m[1]!.split(',').map((n) => n.trim())); return `const { ${m[1]} } = ${m[2]}`; }
    m = /^export (class|const|function) (\w+)(.*)$/.exec(line);
    if (m) { names.push(m[2]!); return `${m[1]} ${m[2]}${m[3]}`; }
    if (/^export /.test(line)) throw new Error(`scriptModule: unexpected export: ${line}`);
    return line.replace(/import\.meta\.url/g, 'moduleUrl');
  });
  // The addon's functions as locals: the addon object has too many properties for V8's fast
  // lookup, and a local saves a dictionary lookup on every call.
  const natives = new Set<string>();
  const code = body.map((line) => line.replace(/\bN\.([A-Za-z_$][\w$]*)/g, (_m, name: string) => { natives.add(name); return name; }));
  const addonAt = code.findIndex((l) => /^const N = rt\.loadAddon\(/.test(l));
  if (addonAt >= 0 && natives.size) code.splice(addonAt + 1, 0, `const { ${[...natives].sort().join(', ')} } = N;`);
  const header = code.findIndex((l) => l !== '' && !l.startsWith('//'));
  const lead = code.slice(0, header).filter(Boolean);
  const script = [...lead, '(function (rt, moduleUrl) {', ...code.slice(header), `return { ${names.join(', ')} };`, '})', ''].join('\n');
  return { script, names, reexports };
}

/** The ES module that runs the script (through the runtime's code-cached loader) and re-exports its names. */
export function esWrapper(generatedHeader: string, runtimePath: string, scriptFile: string, names: string[], reexports: string[]): string {
  return [
    generatedHeader.trimEnd(),
    `import * as rt from '${runtimePath}';`,
    '',
    `const M = rt.loadScript(import.meta.url, './${scriptFile}', rt);`,
    `export const {\n${names.map((n) => `  ${n},`).join('\n')}\n} = M;`,
    ...reexports,
    '',
  ].join('\n');
}
