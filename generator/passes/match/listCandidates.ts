/** Every declaration a rule can name, with the qualified name and signatures it is matched by. */
import type { MatchKind } from '../../config/index.js';
import type { ClassDecl, Decl, FieldDecl, FunctionDecl, Model } from '../../model/index.js';
import { normalizeCpp } from './normalizeCpp.js';

/** A declaration as matchers see it. */
export interface Candidate {
  kind: MatchKind;
  /** Qualified name as the model spells it (`Ogre::Vector<3, float>::xyz`); overloads share it. */
  name: string;
  /** {@link name}, normalized. */
  key: string;
  /** Functions: normalized signatures (the id, and the name with written and with canonical parameter types). */
  signatures: string[];
  /** The declaration itself (the same object as in the model, so passes can annotate it). */
  decl: Decl | FieldDecl;
  /** For members: the class they belong to. */
  owner?: ClassDecl;
}

/** A class name without template arguments: `Vector<3, float>` → `Vector`. */
function baseName(cls: ClassDecl): string {
  const lt = cls.name.indexOf('<');
  return lt < 0 ? cls.name : cls.name.slice(0, lt);
}

/**
 * Signatures by declaration, with the name they were made for: every rule pass lists the
 * candidates again, and passes add, remove and annotate declarations but never change parameters.
 */
const known = new WeakMap<FunctionDecl, { name: string; signatures: string[] }>();

function signaturesOf(f: FunctionDecl, name: string): string[] {
  const cached = known.get(f);
  if (cached?.name === name) return cached.signatures;
  const suffix = f.const ? ' const' : '';
  const written = `${name}(${f.params.map((p) => p.type.spelling).join(', ')})${suffix}`;
  const canonical = `${name}(${f.params.map((p) => p.type.canonical).join(', ')})${suffix}`;
  const signatures = [...new Set([f.id, written, canonical].map(normalizeCpp))];
  known.set(f, { name, signatures });
  return signatures;
}

function functionCandidate(f: FunctionDecl, name: string, owner?: ClassDecl): Candidate {
  const kind: MatchKind = f.kind === 'conversion' ? 'method' : f.kind;
  return { kind, name, key: normalizeCpp(name), signatures: signaturesOf(f, name), decl: f, ...(owner ? { owner } : {}) };
}

function simple(kind: MatchKind, decl: Decl | FieldDecl, owner?: ClassDecl): Candidate {
  return { kind, name: decl.id, key: normalizeCpp(decl.id), signatures: [], decl, ...(owner ? { owner } : {}) };
}

/** The candidates of a model: classes and their members, enums, typedefs, variables, free functions. */
export function listCandidates(model: Model): Candidate[] {
  const out: Candidate[] = [];
  for (const cls of model.classes) {
    out.push(simple('class', cls));
    for (const ctor of cls.constructors) out.push(functionCandidate(ctor, `${cls.id}::${baseName(cls)}`, cls));
    for (const set of cls.methods) {
      for (const m of set.overloads) out.push(functionCandidate(m, `${cls.id}::${set.name}`, cls));
    }
    for (const field of cls.fields) out.push(simple('field', field, cls));
  }
  for (const e of model.enums) out.push(simple('enum', e));
  for (const t of model.typedefs) out.push(simple('typedef', t));
  for (const v of model.variables) out.push(simple('variable', v));
  for (const f of model.functions) out.push(functionCandidate(f, f.parent ? `${f.parent}::${f.name}` : f.name));
  return out;
}
