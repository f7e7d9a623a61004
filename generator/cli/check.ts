/** `ogre-bindgen check`: builds the model and the view for the chosen OGRE and prints every spec problem at once. */
import { join } from 'node:path';
import { ogreJob } from '../../ogre-headers/job.js';
import { findOgre } from '../../ogre-headers/ogreInstall.js';
import { librariesInstalled } from '../../ogre-headers/symbols.js';
import { buildModel, buildView, checkModel, phaseTimer } from '../pipeline.js';
import type { RuleReport } from '../passes/RuleReport.js';

/** The report as text: a header naming the OGRE, problems with their fixes, then stale rules by pass. */
export function formatCheck(report: RuleReport, title: string): string {
  const lines = [title];
  const stale = report.unmatched();
  lines.push(`${report.problems.length} problem(s), ${stale.length} stale rule(s) of ${report.entries.length}`);
  if (report.problems.length) lines.push('', 'problems:');
  for (const p of report.problems) {
    lines.push(`  [${p.pass}] ${p.message}`);
    if (p.fix) lines.push(`      fix: ${p.fix}`);
  }
  if (report.notes.length) lines.push('', 'notes:', ...report.notes.map((n) => `  ${n}`));
  const passes = [...new Set(stale.map((e) => e.pass))];
  if (stale.length) lines.push('', 'stale rules (they match nothing in these headers; remove them or give them a version condition):');
  for (const pass of passes) {
    lines.push(`  ${pass}:`);
    for (const e of stale.filter((s) => s.pass === pass)) lines.push(`    ${e.rule}`);
  }
  return lines.join('\n');
}

/** Runs the check; exit code 1 under `--strict` when anything is reported. */
export function check(packageRoot: string, args: string[]): number {
  const strict = args.includes('--strict');
  const job = ogreJob(packageRoot, join(packageRoot, 'generated'));
  const ogre = findOgre();
  const time = phaseTimer();
  const { model, report } = buildModel(job, time);
  const view = buildView(job, model, time);
  checkModel(job, model, view, report, time);
  const libraries = librariesInstalled();
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ ogre: { version: ogre.version, root: ogre.root, imgui: ogre.imgui, libraries }, problems: report.problems, stale: report.unmatched(), notes: report.notes, rules: report.entries.length }, null, 1)}\n`);
  } else {
    const where = `OGRE ${ogre.version} at ${ogre.root} (Dear ImGui ${ogre.imgui.version}, ${ogre.imgui.kind}${libraries ? '' : '; headers only: no libraries, so every declaration counts as linkable'})`;
    console.log(formatCheck(report, `ogre-bindgen check: ${where}`));
  }
  return strict && (report.problems.length || report.unmatched().length) ? 1 : 0;
}
