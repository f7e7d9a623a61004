// Directors on the real engine, without a render system: JS subclasses of OGRE's callback classes
// whose overrides the engine calls (frame, log, node, resource group listeners, controller values),
// `super()` calls, results checked through the type maps, and errors in both directions.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Ogre from 'ogre-napi';

let root: Ogre.Root;
beforeAll(() => {
  root = new Ogre.Root('', '', '');
});
afterAll(() => {
  root.shutdown();
});

class Counter extends Ogre.FrameListener {
  started = 0;
  ended = 0;
  last = -1;
  override frameStarted(evt: Ogre.FrameEvent): boolean {
    this.started++;
    this.last = evt.timeSinceLastFrame;
    return true;
  }
  override frameEnded(): boolean {
    this.ended++;
    return true;
  }
}

describe('FrameListener', () => {
  it('calls the JS overrides once per frame event, with the event', () => {
    const c = new Counter();
    root.addFrameListener(c);
    for (let i = 0; i < 30; i++) {
      expect(root._fireFrameStarted()).toBe(true);
      expect(root._fireFrameEnded()).toBe(true);
    }
    root.removeFrameListener(c);
    root._fireFrameStarted();
    expect([c.started, c.ended]).toEqual([30, 30]);
    expect(c.last).toBeGreaterThanOrEqual(0);
  });

  it('runs the C++ implementation of methods the subclass does not define, and for super calls', () => {
    class Queued extends Ogre.FrameListener {
      calls = 0;
      override frameRenderingQueued(evt: Ogre.FrameEvent): boolean {
        this.calls++;
        return super.frameRenderingQueued(evt); // C++ FrameListener: true
      }
    }
    const q = new Queued();
    root.addFrameListener(q);
    expect(root._fireFrameRenderingQueued()).toBe(true);
    expect(root._fireFrameStarted()).toBe(true); // not overridden: C++ returns true
    root.removeFrameListener(q);
    expect(q.calls).toBe(1);
  });

  it('passes a listener returning false on to the engine', () => {
    class Stop extends Ogre.FrameListener {
      override frameStarted(): boolean { return false; }
    }
    const s = new Stop();
    root.addFrameListener(s);
    expect(root._fireFrameStarted()).toBe(false);
    root.removeFrameListener(s);
  });

  it('rethrows a JS exception from the C++ call that triggered it, and keeps working', () => {
    const boom = new Error('boom in frameStarted');
    class Thrower extends Ogre.FrameListener {
      armed = true;
      override frameStarted(): boolean {
        if (this.armed) throw boom;
        return true;
      }
    }
    const t = new Thrower();
    root.addFrameListener(t);
    let caught: unknown;
    try { root._fireFrameStarted(); } catch (e) { caught = e; }
    expect(caught).toBe(boom);
    t.armed = false;
    expect(root._fireFrameStarted()).toBe(true);
    root.removeFrameListener(t);
  });

  it('surfaces an override result of the wrong type as a TypeError to the JS caller', () => {
    class Forgetful extends Ogre.FrameListener {
      override frameStarted(): boolean { return undefined as unknown as boolean; }
    }
    const f = new Forgetful();
    root.addFrameListener(f);
    expect(() => root._fireFrameStarted()).toThrow(TypeError);
    expect(() => root._fireFrameStarted()).toThrow(/FrameListener\.frameStarted: the JS override returned undefined, expected boolean/);
    root.removeFrameListener(f);
  });

  it('carries an OGRE exception thrown inside an override out as its own class', () => {
    class Bad extends Ogre.FrameListener {
      override frameStarted(): boolean {
        Ogre.ResourceGroupManager.getSingleton().openResource('no-such-file.xyz', 'General');
        return true;
      }
    }
    const b = new Bad();
    root.addFrameListener(b);
    expect(() => root._fireFrameStarted()).toThrow(Ogre.FileNotFoundException);
    root.removeFrameListener(b);
  });
});

describe('LogListener (pure virtual)', () => {
  it('captures the log in JS', () => {
    const lines: [string, number][] = [];
    class Capture extends Ogre.LogListener {
      override messageLogged(message: string, lml: Ogre.LogMessageLevel): void { lines.push([message, lml]); }
    }
    const log = Ogre.LogManager.getSingleton().getDefaultLog()!;
    const cap = new Capture();
    log.addListener(cap);
    log.logMessage('hello from JS', Ogre.LML_CRITICAL);
    log.removeListener(cap);
    log.logMessage('not captured');
    expect(lines).toEqual([['hello from JS', Ogre.LML_CRITICAL]]);
  });

  it('sets an out-parameter from the object the override returns (skipThisMessage)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ogre-napi-log-')), 'skip.log');
    const log = Ogre.LogManager.getSingleton().createLog(file, false, false, false)!;
    class Skipper extends Ogre.LogListener {
      override messageLogged(message: string): { skipThisMessage: boolean } | void {
        if (message.startsWith('secret')) return { skipThisMessage: true };
      }
    }
    const skipper = new Skipper();
    log.addListener(skipper);
    log.logMessage('secret: not written');
    log.logMessage('public: written');
    log.removeListener(skipper);
    Ogre.LogManager.getSingleton().destroyLog(log);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('public: written');
    expect(text).not.toContain('secret');
  });

  it('names class and method when C++ calls a pure virtual the subclass does not define', () => {
    // @ts-expect-error the typings make a subclass implement the pure virtual; plain JS need not
    class Empty extends Ogre.LogListener {}
    const log = Ogre.LogManager.getSingleton().getDefaultLog()!;
    const e = new Empty();
    log.addListener(e);
    try {
      expect(() => log.logMessage('x')).toThrow(/LogListener\.messageLogged is pure virtual/);
    } finally {
      log.removeListener(e);
    }
  });

  it('is abstract for JS too: only subclasses construct, and the error names the pure virtuals', () => {
    // @ts-expect-error an abstract class
    expect(() => new Ogre.LogListener()).toThrow(new TypeError('LogListener is abstract (pure virtual: messageLogged): construct a JS subclass that defines it'));
    expect(() => new (Ogre.ControllerValueReal as unknown as new () => object)())
      .toThrow(new TypeError('ControllerValueReal is abstract (pure virtual: getValue, setValue): construct a JS subclass that defines them'));
    // Not a director: the engine makes its objects.
    expect(() => new (Ogre.MovableObject as unknown as new () => object)()).toThrow(/^MovableObject is abstract \(pure virtual: .*getMovableType.*\): JavaScript cannot construct it$/);
  });
});

describe('listeners with engine objects as arguments', () => {
  it('hands the listener the same JS object the program holds (identity)', () => {
    const sm = root.createSceneManager()!;
    const node = sm.getRootSceneNode()!.createChildSceneNode()!;
    const seen: unknown[] = [];
    class Watch extends Ogre.Node_Listener {
      override nodeUpdated(n: Ogre.Node | null): void { seen.push(n); }
    }
    const w = new Watch();
    node.setListener(w);
    expect(node.getListener()).toBe(w);
    node.translate([1, 0, 0]);
    node._update(true, false);
    node.setListener(null);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[0]).toBe(node);
    root.destroySceneManager(sm);
  });

  it('calls a ResourceGroupListener as a group is initialised', () => {
    const events: string[] = [];
    class Groups extends Ogre.ResourceGroupListener {
      override resourceGroupScriptingStarted(name: string, count: number): void { events.push(`start ${name} ${count}`); }
      override resourceGroupScriptingEnded(name: string): void { events.push(`end ${name}`); }
    }
    const rgm = Ogre.ResourceGroupManager.getSingleton();
    const g = new Groups();
    rgm.addResourceGroupListener(g);
    rgm.createResourceGroup('DirectorsTest');
    rgm.initialiseResourceGroup('DirectorsTest');
    rgm.removeResourceGroupListener(g);
    expect(events).toEqual(['start DirectorsTest 0', 'end DirectorsTest']);
  });

  it('calls a ManualResourceLoader when its resource loads, with that resource', () => {
    const loaded: unknown[] = [];
    class Loader extends Ogre.ManualResourceLoader {
      override loadResource(r: Ogre.Resource | null): void { loaded.push(r); }
    }
    const mesh = Ogre.MeshManager.getSingleton().createManual('directors-mesh', 'General', new Loader())!;
    mesh.load();
    expect(loaded).toEqual([mesh]);
    expect(loaded[0]).toBe(mesh);
  });
});
