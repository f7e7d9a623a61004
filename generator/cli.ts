/** The `ogre-bindgen` command line: inspect the model of a binding spec's headers, check the spec, diff two OGREs, generate bindings. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ParseError } from './clang/index.js';
import { loadSpec, type BindingSpec } from './config/index.js';
import { ModelIndex, summarize, type Model } from './model/index.js';
import { parseHeaders, type ParseInput } from './parse/index.js';
import { generateBindingsInParallel } from './generateInParallel.js';
import type { BindingJob } from './pipeline.js';
import { inputsStamp } from './inputsStamp.js';
import { check } from './cli/check.js';
import { diff } from './cli/diff.js';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The spec used without `--spec`: the one this package ships (for OGRE). */
const SHIPPED_SPEC = join(packageRoot, 'ogre-headers', 'index.ts');

const USAGE = `usage: ogre-bindgen <command>

commands:
  inspect <qualified-name>   print that symbol's IR as JSON (Ogre::Image, Ogre::Vector3 …)
  inspect --summary          per module: counts of classes, methods, enums, functions, constants
  generate [--out <dir>]     IR, rules, N-API glue, JS wrappers and typings into <dir> (default generated/);
                             skipped when nothing changed (--force regenerates); runs check first
                             (--strict: any spec problem or stale rule fails the run)
  check [--strict] [--json]  every spec problem in one report: stale rules, mismatches, C++ snippets that
                             do not compile against the headers, build settings; --strict exits 1 on any
  diff <old> <new>           what changed between two OGREs: each an install prefix, a header folder's
                             prefix or a model.json; per module classes, methods, enums, constants
                             (--json; --exit-code exits 1 when anything changed)
  model                      print the whole IR as JSON
  help                       this text

options:
  --ogre <prefix>            the OGRE to read: an install prefix (its lib/pkgconfig), as OGRE_DIR does;
                             neither: pkg-config's search (PKG_CONFIG_PATH, then the system's)
  --spec <file>              the binding spec (a module default-exporting { parse, rules, emit } or a function
                             returning it; see ogre-headers/index.ts); default: $OGRE_BINDGEN_SPEC, else the
                             shipped OGRE spec
  --header <file>            parse this header (repeatable) instead of the spec's modules; -I/-D pass through`;

/** Runs the CLI; returns the exit code (0 ok, 1 failure, 2 usage or unknown name). */
export async function main(argv: string[]): Promise<number> {
  const { headers, args: clangArgs, spec, rest: positional } = takeHeaderOptions(argv);
  source = headers.length ? customInput(headers, clangArgs) : undefined;
  // OGRE_BINDGEN_SPEC: the same through `npm run build` / `npm run pack:runtime` (relative to where npm was run).
  const fromEnv = process.env.OGRE_BINDGEN_SPEC ? resolve(process.env.INIT_CWD ?? process.cwd(), process.env.OGRE_BINDGEN_SPEC) : undefined;
  specFile = spec ?? fromEnv ?? SHIPPED_SPEC;
  loadedSpec = undefined;
  const [command, ...rest] = positional;
  try {
    switch (command) {
      case 'inspect': return await inspect(rest);
      case 'model': return print(await loadModel());
      case 'generate': return await generate(rest);
      case 'check': return check(await bindingJob(join(packageRoot, 'generated'), rest), rest);
      case 'diff': return diff(rest, join(packageRoot, 'build', 'ast-cache'));
      case 'help': case '--help': case '-h': case undefined:
        console.log(USAGE);
        return command === undefined ? 2 : 0;
      default:
        console.error(`ogre-bindgen: unknown command '${command}'\n${USAGE}`);
        return 2;
    }
  } catch (e) {
    if (e instanceof ParseError || e instanceof Error) {
      console.error(`ogre-bindgen: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

/** Parse input chosen by `--header`; undefined means the spec's modules. */
let source: ParseInput | undefined;
/** The spec file (`--spec`, else the shipped one) and, once loaded, the spec. */
let specFile = SHIPPED_SPEC;
let loadedSpec: BindingSpec | undefined;

async function bindingSpec(): Promise<BindingSpec> {
  loadedSpec ??= await loadSpec(specFile);
  return loadedSpec;
}

async function loadModel(): Promise<Model> {
  return parseHeaders(source ?? (await bindingSpec()).parse, { cacheDir: join(packageRoot, 'build', 'ast-cache') });
}

/** Splits out `--spec <file>`, `--header <file>` (repeatable) and `-I…`/`-D…` arguments. */
function takeHeaderOptions(argv: string[]): { headers: string[]; args: string[]; spec?: string; rest: string[] } {
  const headers: string[] = [];
  const args: string[] = [];
  const rest: string[] = [];
  let spec: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--header' && argv[i + 1]) headers.push(resolve(argv[++i]!));
    else if (a === '--spec' && argv[i + 1]) spec = resolve(argv[++i]!);
    else if (/^-[ID]./.test(a)) args.push(a);
    else rest.push(a);
  }
  return { headers, args, ...(spec ? { spec } : {}), rest };
}

/** One module, `Custom`, made of the given headers (its root is the first header's folder). */
function customInput(headers: string[], args: string[]): ParseInput {
  return { modules: [{ name: 'Custom', root: dirname(headers[0]!), headers }], args };
}

function print(value: unknown): number {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  return 0;
}

async function inspect(args: string[]): Promise<number> {
  if (args[0] === '--summary') return printSummary(await loadModel());
  const name = args[0];
  if (!name || args.length > 1) {
    console.error(`ogre-bindgen: inspect takes one qualified name or --summary\n${USAGE}`);
    return 2;
  }
  const index = new ModelIndex(await loadModel());
  const found = index.lookup(name);
  if (found === undefined) {
    console.error(`ogre-bindgen: no symbol '${name}' in the model (names are C++-qualified, e.g. Ogre::Image)`);
    return 2;
  }
  // A typedef of a class (Ogre::Vector3) also shows the class it names.
  const resolved = (found as { kind?: string }).kind === 'typedef' ? index.classOf(name) : undefined;
  return print(resolved ? { ...found, resolved } : found);
}

/** The job of the loaded spec, writing into `out` (`--strict` in `args` makes problems errors). */
async function bindingJob(out: string, args: string[]): Promise<BindingJob> {
  const spec = await bindingSpec();
  return {
    ...spec,
    out,
    addon: spec.addon ?? join(packageRoot, 'build', 'Release', `${spec.emit.name}.node`),
    strict: args.includes('--strict'),
    cacheDir: join(packageRoot, 'build', 'ast-cache'),
  };
}

async function generate(args: string[]): Promise<number> {
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? resolve(args[outAt + 1] ?? '') : join(packageRoot, 'generated');
  if (outAt >= 0 && !args[outAt + 1]) {
    console.error('ogre-bindgen: --out needs a directory');
    return 2;
  }
  if (source) {
    // Custom headers: the IR only (bindings need a binding spec).
    const model = await loadModel();
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'model.json'), `${JSON.stringify(model, null, 1)}\n`);
    return printSummary(model);
  }
  const job = await bindingJob(out, args);
  // A spec of the user's own counts as an input (the shipped one is among the package's sources).
  const specHash = createHash('sha256').update(readFileSync(specFile)).update(job.addon).digest('hex');
  const stamp = `${inputsStamp(packageRoot, job.parse.modules.flatMap((m) => m.headers.map((h) => resolve(m.root, h))), job.parse.args)}:${specHash}`;
  const stampFile = join(out, '.inputs-stamp');
  if (!args.includes('--force') && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    console.log(`ogre-bindgen: ${relative(process.cwd(), out) || '.'} is up to date${job.source ? ` (${job.source})` : ''}`);
    return 0;
  }
  if (job.source) console.log(`ogre-bindgen: ${job.source}`);
  const result = await generateBindingsInParallel(job);
  if (result.warnings) console.error(result.warnings);
  const v = result.view;
  const methods = v.classes.reduce((n, c) => n + c.methods.length, 0);
  console.log(`ogre-bindgen: ${v.classes.length} classes, ${methods} methods, ${v.enums.length} enums → ${relative(process.cwd(), out) || '.'} (${v.units.length} translation units; ${v.skipped.length} declarations skipped, see skipped.json)`);
  writeFileSync(join(out, 'skipped.json'), `${JSON.stringify(v.skipped, null, 1)}\n`);
  writeFileSync(stampFile, stamp);
  return 0;
}

function printSummary(model: Model): number {
  const rows = summarize(model);
  const cols = ['classes', 'methods', 'enums', 'functions', 'constants'] as const;
  const line = (cells: (string | number)[]) => cells.map((c, i) => (i === 0 ? String(c).padEnd(10) : String(c).padStart(10))).join('');
  console.log(line(['module', ...cols]));
  for (const r of rows) console.log(line([r.module, ...cols.map((c) => r[c])]));
  return 0;
}
