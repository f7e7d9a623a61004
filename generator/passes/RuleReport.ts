/** What every rule matched and what went wrong: stale rules and mismatches become warnings, or one error in strict mode. */

/** The outcome of one rule. */
export interface RuleOutcome {
  /** The rule, readably: `ignore '*::operator='`. */
  rule: string;
  /** The pass that applied it: `ignore`, `rename` … */
  pass: string;
  /** How many declarations it matched (0: stale). */
  matched: number;
}

/** A rule that matched but cannot apply to these headers (it is skipped), with a fix when one is clear. */
export interface SpecProblem {
  /** Where in the spec: a pass (`instantiate`, `extend`) or an emission entry (`aliases`, `snippets`, `settings`). */
  pass: string;
  /** The rule or entry, readably. */
  rule: string;
  /** What is wrong. */
  message: string;
  /** A suggested change to the spec. */
  fix?: string;
}

/** Collects {@link RuleOutcome}s and {@link SpecProblem}s from the passes (and from `ogre-bindgen check`). */
export class RuleReport {
  /** Outcomes in the order the passes recorded them. */
  readonly entries: RuleOutcome[] = [];
  /** Problems in the order they were found. */
  readonly problems: SpecProblem[] = [];
  /** Facts worth knowing that need no change (a build setting that differs, handled by the spec). */
  readonly notes: string[] = [];
  /** When set, {@link check} throws instead of returning warnings. */
  readonly strict: boolean;

  constructor(options: { strict?: boolean } = {}) {
    this.strict = options.strict ?? false;
  }

  /** Records that `rule` of `pass` matched `matched` declarations. */
  record(pass: string, rule: string, matched: number): void {
    this.entries.push({ pass, rule, matched });
  }

  /** Records a problem; the pass leaves that rule out and goes on. */
  problem(p: SpecProblem): void {
    this.problems.push(p);
  }

  /** The rules that matched nothing. */
  unmatched(): RuleOutcome[] {
    return this.entries.filter((e) => e.matched === 0);
  }

  /** One warning line per problem and per unmatched rule (problems first, a fix indented below); '' when there are none. */
  format(): string {
    return [
      ...this.problems.map((p) => `warning: ${p.pass}: ${p.message}${p.fix ? `\n  fix: ${p.fix}` : ''}`),
      ...this.unmatched().map((e) => `warning: ${e.pass} rule matched nothing: ${e.rule}`),
    ].join('\n');
  }

  /**
   * Ends a run: in strict mode throws an Error listing every problem and unmatched rule; otherwise
   * returns the warnings of {@link format}.
   */
  check(strict = this.strict): string {
    const stale = this.unmatched();
    if (strict && (stale.length || this.problems.length)) {
      const lines = [
        ...this.problems.map((p) => `  ${p.pass}: ${p.message}${p.fix ? ` (fix: ${p.fix})` : ''}`),
        ...stale.map((e) => `  ${e.pass}: ${e.rule}`),
      ];
      const counts = [this.problems.length ? `${this.problems.length} problem(s)` : '', stale.length ? `${stale.length} rule(s) matched nothing` : ''];
      throw new Error(`${counts.filter(Boolean).join(', ')}:\n${lines.join('\n')}`);
    }
    return this.format();
  }
}
