/**
 * Bench child: regenerates generated/ with one more ignore rule (argv[2], a method) or, without an
 * argument, with the spec as it is — the "change one class's rule" step of the build bench.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateBindings } from '../generator/generate.js';
import { ogreJob } from '../ogre-headers/job.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const job = ogreJob(root, join(root, 'generated'));
const extra = process.argv[2];
if (extra) job.rules = { ...job.rules, ignore: [...(job.rules.ignore ?? []), extra] };
generateBindings(job);
