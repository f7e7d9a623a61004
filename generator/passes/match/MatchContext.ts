/** Matchers against one model: its candidates and typedefs, built once per pass. */
import type { Matcher } from '../../config/index.js';
import type { Model } from '../../model/index.js';
import { compileMatcher } from './compileMatcher.js';
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
    return { description: compiled.description, matches: this.candidates.filter((c) => compiled.test(c)) };
  }
}
