/** The `ogre-bindgen` command line: inspect the model of OGRE's headers, check the spec, diff two OGREs, generate bindings. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ParseError } from './clang/index.js';
import { ModelIndex, summarize, type Model } from './model/index.js';
import { parseHeaders, type ParseInput } from './parse/index.js';
import { ogreParseInput } from '../ogre-headers/modules.js';
import { generateBindingsInParallel } from './generateInParallel.js';
import { ogreJob } from '../ogre-headers/job.js';
import { inputsStamp } from './inputsStamp.js';
import { findOgre } from '../ogre-headers/ogreInstall.js';
import { check } from './cli/check.js';
import { diff } from './cli/diff.js';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

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
  --header <file>            parse this header (repeatable) instead of OGRE's modules; -I/-D pass through`;

/** Runs the CLI; returns the exit code (0 ok, 1 failure, 2 usage or unknown name). */
export async function main(argv: string[]): Promise<number> {
  const { headers, args: clangArgs, rest: positional } = takeHeaderOptions(argv);
  source = headers.length ? customInput(headers, clangArgs) : undefined;
  const [command, ...rest] = positional;
  try {
    switch (command) {
      case 'inspect': return inspect(rest);
      case 'model': return print(loadModel());
      case 'generate': return await generate(rest);
      case 'check': return check(packageRoot, rest);
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

/** Parse input chosen by `--header`; undefined means OGRE's four modules. */
let source: ParseInput | undefined;

function loadModel(): Model {
  return parseHeaders(source ?? ogreParseInput(), { cacheDir: join(packageRoot, 'build', 'ast-cache') });
}

/** Splits out `--header <file>` (repeatable) and `-I…`/`-D…` arguments. */
function takeHeaderOptions(argv: string[]): { headers: string[]; args: string[]; rest: string[] } {
  const headers: string[] = [];
  const args: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--header' && argv[i + 1]) headers.push(resolve(argv[++i]!));
    else if (/^-[ID]./.test(a)) args.push(a);
    else rest.push(a);
  }
  return { headers, args, rest };
}

/** One module, `Custom`, made of the given headers (its root is the first header's folder). */
function customInput(headers: string[], args: string[]): ParseInput {
  return { modules: [{ name: 'Custom', root: dirname(headers[0]!), headers }], args };
}

function print(value: unknown): number {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  return 0;
}

function inspect(args: string[]): number {
  if (args[0] === '--summary') return printSummary(loadModel());
  const name = args[0];
  if (!name || args.length > 1) {
    console.error(`ogre-bindgen: inspect takes one qualified name or --summary\n${USAGE}`);
    return 2;
  }
  const index = new ModelIndex(loadModel());
  const found = index.lookup(name);
  if (found === undefined) {
    console.error(`ogre-bindgen: no symbol '${name}' in the model (names are C++-qualified, e.g. Ogre::Image)`);
    return 2;
  }
  // A typedef of a class (Ogre::Vector3) also shows the class it names.
  const resolved = (found as { kind?: string }).kind === 'typedef' ? index.classOf(name) : undefined;
  return print(resolved ? { ...found, resolved } : found);
}

async function generate(args: string[]): Promise<number> {
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args[outAt + 1] : join(packageRoot, 'generated');
  if (!out) {
    console.error('ogre-bindgen: --out needs a directory');
    return 2;
  }
  if (source) {
    // Custom headers: the IR only (bindings need a binding spec).
    const model = loadModel();
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'model.json'), `${JSON.stringify(model, null, 1)}\n`);
    return printSummary(model);
  }
  const job = ogreJob(packageRoot, out, args.includes('--strict'));
  const ogre = findOgre();
  const stamp = inputsStamp(packageRoot, job.parse.modules.flatMap((m) => m.headers), job.parse.args);
  const stampFile = join(out, '.inputs-stamp');
  if (!args.includes('--force') && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    console.log(`ogre-bindgen: ${relative(process.cwd(), out) || '.'} is up to date (OGRE ${ogre.version}, ${ogre.root})`);
    return 0;
  }
  console.log(`ogre-bindgen: OGRE ${ogre.version} (${ogre.root}; Dear ImGui ${ogre.imgui.version}, ${ogre.imgui.kind})`);
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
