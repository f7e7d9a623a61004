/** Matchers against one model: its candidates and typedefs, built once per pass. */
import type { Matcher } from '../../config/index.js';
import type { Model } from '../../model/index.js';
import { compileMatcher, type CompiledMatcher } from './compileMatcher.js';
import { listCandidates, type Candidate } from './listCandidates.js';
import { TypedefResolver } from './TypedefResolver.js';

/** What one matcher selected. */
export interface Selection {
  /** The matcher, readably. */
  description: string;
  matches: Candidate[];
}

/** Selects declarations of one model (the candidates refer to that model's objects). */
export class MatchContext {
  readonly resolver: TypedefResolver;
  readonly candidates: Candidate[];

  constructor(readonly model: Model) {
    this.resolver = new TypedefResolver(model);
    this.candidates = listCandidates(model);
  }

  /** The candidates `matcher` matches, in model order. */
  select(matcher: Matcher): Selection {
    const compiled = compileMatcher(matcher, this.resolver);
    const pool = compiled.only ? this.narrowed(compiled.only) : this.candidates;
    return { description: compiled.description, matches: pool.filter((c) => compiled.test(c)) };
  }

  /** Candidate positions by key and by signature, made on first use: most rules name one declaration. */
  private index?: { keys: Map<string, number[]>; signatures: Map<string, number[]> };

  /** The candidates with one of these keys or signatures, in model order. */
  private narrowed(only: NonNullable<CompiledMatcher['only']>): Candidate[] {
    this.index ??= this.buildIndex();
    const [map, wanted] = 'keys' in only ? [this.index.keys, only.keys] : [this.index.signatures, only.signatures];
    const at = new Set(wanted.flatMap((w) => map.get(w) ?? []));
    return [...at].sort((a, b) => a - b).map((i) => this.candidates[i]!);
  }

  private buildIndex() {
    const keys = new Map<string, number[]>();
    const signatures = new Map<string, number[]>();
    const add = (map: Map<string, number[]>, k: string, i: number) => {
      const list = map.get(k);
      if (list) { if (list.at(-1) !== i) list.push(i); } else map.set(k, [i]);
    };
    this.candidates.forEach((c, i) => {
      add(keys, c.key, i);
      for (const s of c.signatures) add(signatures, s, i);
    });
    return { keys, signatures };
  }
}
