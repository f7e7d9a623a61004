/** `ogre-bindgen check`: builds the model and the view of a spec's job (for OGRE: the chosen OGRE) and prints every spec problem at once. */
import { buildModel, buildView, checkModel, phaseTimer, type BindingJob } from '../pipeline.js';
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

/** Runs the check on `job` (nothing is written); exit code 1 under `--strict` when anything is reported. */
export function check(job: BindingJob, args: string[]): number {
  const time = phaseTimer();
  const { model, report } = buildModel(job, time);
  const view = buildView(job, model, time);
  checkModel({ ...job, strict: false }, model, view, report, time);
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ source: job.source, problems: report.problems, stale: report.unmatched(), notes: report.notes, rules: report.entries.length }, null, 1)}\n`);
  } else {
    console.log(formatCheck(report, `ogre-bindgen check${job.source ? `: ${job.source}` : ''}`));
  }
  return args.includes('--strict') && (report.problems.length || report.unmatched().length) ? 1 : 0;
}
