// Director emission: the trampoline overrides every virtual method (own and inherited), calls JS
// only for methods JS can override, keeps pure virtuals an Error, and its thunks convert through
// the type maps (out-parameters come back from the override's result).
import { describe, expect, it } from 'vitest';
import { BindingSet } from '../../../generator/emit/napi/BindingSet.js';
import { buildDirector } from '../../../generator/emit/napi/directors.js';
import type { Param } from '../../../generator/model/index.js';
import { TypeMapRegistry } from '../../../generator/typemaps/index.js';
import { cls, fn, model, param, type } from '../passes/modelBuilder.js';

const ptr = (name: string, c: string): Param => ({ name, type: { ...type(`${c} *`), pointee: { ...type(c), decl: c, name: c } } });
const boolRef: Param = { name: 'skip', type: { ...type('bool &'), pointee: type('bool') } };

function director() {
  const m = model({
    classes: [
      cls('ns::Base', { methods: [fn('method', 'ns::Base', 'inherited', [], { virtual: true })] }),
      { ...cls('ns::Listener', {
        methods: [
          fn('method', 'ns::Listener', 'started', [param('float', 'dt')], { virtual: true, returns: type('bool') }),
          fn('method', 'ns::Listener', 'logged', [param('int', 'level'), boolRef], { virtual: true, pure: true }),
          fn('method', 'ns::Listener', 'opaque', [ptr('h', 'ns::Unbound')], { virtual: true }),
          fn('method', 'ns::Listener', 'plain', []),
        ],
      }), bases: [{ type: type('ns::Base'), decl: 'ns::Base', access: 'public' as const }], director: true as const },
    ],
  });
  const set = new BindingSet(m, () => true);
  const registry = new TypeMapRegistry(set);
  return buildDirector(registry, set, m.classes.find((c) => c.id === 'ns::Listener')!, 'Listener');
}

describe('buildDirector', () => {
  const d = director();
  if (typeof d === 'string') throw new Error(d);

  it('routes the virtual methods JS can override, own and inherited, and only those', () => {
    expect(JSON.parse(d.names)).toEqual(['started', 'logged', 'inherited']);
    expect(d.skipped).toEqual(['ns::Listener::opaque(ns::Unbound *)']);
    expect(d.methods.map((m) => m.signature)).toEqual([
      'bool started(float a0) override',
      'void logged(int a0, bool & a1) override',
      'void inherited() override',
    ]);
  });

  it('calls the C++ implementation unless JS overrides, and an Error for a pure virtual', () => {
    const [started, logged] = d.methods;
    expect(started!.body[0]).toBe('if (!directs(0, "Listener.started")) { return ns::Listener::started(a0); }');
    expect(logged!.body[0]).toBe('if (!directs(1, "Listener.logged")) { if (offJsThread()) return; pureVirtual("Listener.logged"); }');
  });

  it('checks results in the thunk and takes out-parameters from the returned object', () => {
    // One argument and the result travel in the shared registers; the argument is read before the override runs.
    expect(d.thunks[0]).toBe("function () { const v = this.started(R[0]); if (!(typeof v === 'boolean')) rt.badResult('Listener.started', v, 'boolean');  R[0] = v ? 1 : 0; }");
    expect(d.methods[0]!.body).toContain('{ double* r = rt::registers(); r[0] = static_cast<double>(a0); }');
    expect(d.methods[0]!.body).toContain('const bool value = r[0] != 0;');
    expect(d.thunks[1]).toBe('function () { return this.logged(R[0]); }');
    expect(d.methods[1]!.body.join('\n')).toContain('Get("skip")');
  });
});
