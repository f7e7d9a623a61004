/** What every rule matched: stale rules become warnings, or an error in strict mode. */

/** The outcome of one rule. */
export interface RuleOutcome {
  /** The rule, readably: `ignore '*::operator='`. */
  rule: string;
  /** The pass that applied it: `ignore`, `rename` … */
  pass: string;
  /** How many declarations it matched (0: stale). */
  matched: number;
}

/** Collects {@link RuleOutcome}s from the passes. */
export class RuleReport {
  /** Outcomes in the order the passes recorded them. */
  readonly entries: RuleOutcome[] = [];
  /** When set, {@link check} throws instead of returning warnings. */
  readonly strict: boolean;

  constructor(options: { strict?: boolean } = {}) {
    this.strict = options.strict ?? false;
  }

  /** Records that `rule` of `pass` matched `matched` declarations. */
  record(pass: string, rule: string, matched: number): void {
    this.entries.push({ pass, rule, matched });
  }

  /** The rules that matched nothing. */
  unmatched(): RuleOutcome[] {
    return this.entries.filter((e) => e.matched === 0);
  }

  /** One warning line per unmatched rule; '' when every rule matched. */
  format(): string {
    return this.unmatched().map((e) => `warning: ${e.pass} rule matched nothing: ${e.rule}`).join('\n');
  }

  /**
   * Ends a run: in strict mode throws an Error listing every unmatched rule; otherwise returns the
   * warnings of {@link format}.
   */
  check(): string {
    const stale = this.unmatched();
    if (this.strict && stale.length) {
      const lines = stale.map((e) => `  ${e.pass}: ${e.rule}`);
      throw new Error(`${stale.length} rule(s) matched nothing:\n${lines.join('\n')}`);
    }
    return this.format();
  }
}
