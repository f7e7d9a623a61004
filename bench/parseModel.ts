/**
 * Bench child: parses OGRE's four modules into the IR once and prints timings and peak memory as
 * JSON. With `--cache <dir>` the parsed unit comes from (or goes to) the AST cache there.
 */
import { parseHeaders } from '../generator/parse/index.js';
import { ogreParseInput } from '../ogre-headers/modules.js';

const at = process.argv.indexOf('--cache');
const cacheDir = at > 0 ? process.argv[at + 1] : undefined;
const t0 = performance.now();
const model = parseHeaders(ogreParseInput(), { cacheDir });
const ms = performance.now() - t0;
const decls = model.classes.length + model.enums.length + model.functions.length + model.typedefs.length;
process.stdout.write(`${JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS, decls })}\n`);
