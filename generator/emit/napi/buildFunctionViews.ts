/**
 * Free functions → one view per C++ namespace. Functions of a namespace that also holds bound
 * classes (`Ogre`, `OgreBites`) are exported one by one next to those classes (`Ogre.FastHash`);
 * a namespace of functions only (Dear ImGui's) becomes one object (`Ogre.ImGui.Begin`), so its
 * names cannot clash with classes (`ImGui::Image` and `Ogre::Image`).
 */
import type { FunctionDecl, Model } from '../../model/index.js';
import { type ClassViewInput, bindOverloads } from './buildClassView.js';
import { type CallContext, jsMethod } from './CallSite.js';
import { signatureText } from './signatureText.js';
import type { FunctionGroupView, JsMethodView, NativeFnView } from './views.js';

/** Builds the function groups; `taken` holds the module's other top-level names (flat functions skip those). */
export function buildFunctionViews(model: Model, input: ClassViewInput, include: (file: string, module: string) => boolean, taken: Set<string>): FunctionGroupView[] {
  const byNamespace = new Map<string, FunctionDecl[]>();
  for (const fn of model.functions) {
    if (fn.kind !== 'function' || fn.operator || fn.deleted || !fn.module || !include(fn.location.file, fn.module)) continue;
    if (/[<>]/.test(fn.name) || input.set.classOf(fn.parent)) continue;
    if (fn.symbol && !input.linkable(fn.symbol)) { input.skip(fn.id, `declared, but no library exports ${fn.symbol}`); continue; }
    byNamespace.set(fn.parent, [...(byNamespace.get(fn.parent) ?? []), fn]);
  }
  const withClasses = new Set(input.set.classes.map((c) => c.parent));
  const groups: FunctionGroupView[] = [];
  for (const [ns, fns] of [...byNamespace].sort(([a], [b]) => a.localeCompare(b))) {
    const flat = ns === '' || withClasses.has(ns);
    const jsName = flat ? `${(ns || 'global').replace(/::/g, '_')}$functions` : ns.replace(/::/g, '_');
    const ctx: CallContext = { registry: input.registry, cpp: ns, jsClass: jsName, extras: input.extras };
    const natives: NativeFnView[] = [];
    const methods: JsMethodView[] = [];
    const uses = new Set<string>();
    const headers = new Set<string>();
    const byName = new Map<string, FunctionDecl[]>();
    for (const fn of fns) byName.set(fn.jsName ?? fn.name, [...(byName.get(fn.jsName ?? fn.name) ?? []), fn]);
    for (const [name, overloads] of [...byName].sort(([a], [b]) => a.localeCompare(b))) {
      if (flat && taken.has(name)) { overloads.forEach((fn) => input.skip(fn.id, `name ${name} is taken by a class, enum or constant`)); continue; }
      const where = flat ? name : `${jsName}.${name}`;
      const { resolved, names } = bindOverloads(input, ctx, overloads, 'function', `${jsName}$${name}`, where, { uses, natives });
      // Each function's own header too: one the umbrella headers leave out (OgreDeprecated.h in OGRE 14) is still declared.
      for (const r of resolved) for (const h of [r.fn.location.file, ...(input.extras(r.fn).includes ?? [])]) headers.add(h);
      if (!resolved.length) continue;
      methods.push(jsMethod(ctx, resolved, names, 'function', name, where, resolved.map((r) => signatureText(r, input.registry.env, jsName))));
      if (flat) taken.add(name);
    }
    if (!methods.length) continue;
    groups.push({
      cpp: ns, jsName, flat, file: fns[0]!.location.file,
      doc: flat ? `Free functions of ${ns}.` : `The functions of C++ namespace ${ns}.`,
      methods, natives, uses: [...uses].sort(), headers: [...headers].sort(), names: methods.map((m) => m.jsName).join(', '),
    });
  }
  return groups;
}
