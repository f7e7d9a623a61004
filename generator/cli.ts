/** The `ogre-bindgen` command line: inspect the model of OGRE's headers, generate bindings. */
import { ParseError } from './clang/index.js';
import { ModelIndex, summarize, type Model } from './model/index.js';
import { parseHeaders } from './parse/index.js';
import { ogreParseInput } from '../ogre-headers/modules.js';

const USAGE = `usage: ogre-bindgen <command>

commands:
  inspect <qualified-name>   print that symbol's IR as JSON (Ogre::Image, Ogre::Vector3 …)
  inspect --summary          per module: counts of classes, methods, enums, functions, constants
  model                      print the whole IR as JSON
  help                       this text`;

/** Runs the CLI; returns the exit code (0 ok, 1 failure, 2 usage or unknown name). */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'inspect': return inspect(rest);
      case 'model': return print(loadModel());
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

function loadModel(): Model {
  return parseHeaders(ogreParseInput());
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
  const found = new ModelIndex(loadModel()).lookup(name);
  if (found === undefined) {
    console.error(`ogre-bindgen: no symbol '${name}' in the model (names are C++-qualified, e.g. Ogre::Image)`);
    return 2;
  }
  return print(found);
}

function printSummary(model: Model): number {
  const rows = summarize(model);
  const cols = ['classes', 'methods', 'enums', 'functions', 'constants'] as const;
  const line = (cells: (string | number)[]) => cells.map((c, i) => (i === 0 ? String(c).padEnd(10) : String(c).padStart(10))).join('');
  console.log(line(['module', ...cols]));
  for (const r of rows) console.log(line([r.module, ...cols.map((c) => r[c])]));
  return 0;
}
