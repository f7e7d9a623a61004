/** Bench child: parses OGRE's four modules into the IR once and prints timings and peak memory as JSON. */
import { parseHeaders } from '../generator/parse/index.js';
import { ogreParseInput } from '../ogre-headers/modules.js';

const t0 = performance.now();
const model = parseHeaders(ogreParseInput());
const ms = performance.now() - t0;
const decls = model.classes.length + model.enums.length + model.functions.length + model.typedefs.length;
process.stdout.write(`${JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS, decls })}\n`);
