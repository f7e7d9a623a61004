/**
 * The part of a module's view model that the typings read. It is what the typings worker is sent:
 * about a third of the whole view (no C++ bodies, no JS dispatch code), so it crosses threads quickly.
 */
import type { ClassView, FunctionGroupView, JsMethodView, ModuleView } from '../napi/views.js';

/** A method as the typings see it: name, static or not, TypeScript signatures. */
export type TsMethodView = Pick<JsMethodView, 'jsName' | 'isStatic' | 'ts' | 'isAbstract'>;

export interface TsClassView extends Pick<ClassView, 'jsName' | 'jsBase' | 'secondaryBases' | 'doc' | 'accessors' | 'statics' | 'hasToString' | 'pureVirtuals'> {
  constructor: TsMethodView | null;
  /** A director class's constructor for JS subclasses (typed as the constructor when there is no public one). */
  directorNew?: TsMethodView | null;
  methods: TsMethodView[];
  /** Members written in JS. */
  jsMembers?: Pick<TsMethodView, 'jsName' | 'ts'>[];
}

export interface TsFunctionGroupView extends Pick<FunctionGroupView, 'jsName' | 'flat' | 'doc'> {
  methods: TsMethodView[];
}

/** A whole ModuleView is one too; `typingsView` cuts one down to just this. */
export interface TypingsView extends Pick<ModuleView, 'name' | 'generatedLine' | 'enums' | 'values' | 'aliases' | 'errorClass' | 'errorSubclasses' | 'errorFactory' | 'namespaces'> {
  classes: TsClassView[];
  functionGroups: TsFunctionGroupView[];
}

const method = (m: JsMethodView): TsMethodView => ({ jsName: m.jsName, isStatic: m.isStatic, ts: m.ts, ...(m.isAbstract ? { isAbstract: true } : {}) });

/** Only the fields of `view` that emitDts reads. */
export function typingsView(view: ModuleView): TypingsView {
  return {
    name: view.name,
    generatedLine: view.generatedLine,
    classes: view.classes.map((c) => ({
      jsName: c.jsName, jsBase: c.jsBase, secondaryBases: c.secondaryBases, doc: c.doc, statics: c.statics, hasToString: c.hasToString, pureVirtuals: c.pureVirtuals,
      // A value class's public fields are JS accessors of the class body.
      accessors: [...(c.value?.ts ?? []).map((f) => ({ ...f, isStatic: false, doc: '', get: '', set: ['v'] })), ...c.accessors],
      constructor: c.constructor && method(c.constructor), directorNew: c.directorNew && method(c.directorNew),
      methods: c.methods.map(method), jsMembers: c.jsMembers.map((m) => ({ jsName: m.jsName, ts: m.ts })),
    })),
    enums: view.enums,
    functionGroups: view.functionGroups.map((g) => ({ jsName: g.jsName, flat: g.flat, doc: g.doc, methods: g.methods.map(method) })),
    values: view.values,
    aliases: view.aliases,
    errorClass: view.errorClass,
    errorSubclasses: view.errorSubclasses,
    errorFactory: view.errorFactory,
    namespaces: view.namespaces,
  };
}
