// Enums on the real engine: classes extending Number whose members are canonical objects, results
// mapped to them, arithmetic and names as numbers have them, dispatch by enum, and directors' arguments.
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Ogre from 'ogre-napi';

let root: Ogre.Root;
let scene: Ogre.SceneManager;
beforeAll(() => {
  root = new Ogre.Root('', '', '');
  scene = root.createSceneManager();
});
afterAll(() => {
  root.shutdown();
});

describe('enum values', () => {
  it('are one object per value: members, aliases, flat constants and results', () => {
    expect(Ogre.PF_BYTE_RGBA).toBeInstanceOf(Ogre.PixelFormat as unknown as new () => object);
    expect(Ogre.PF_BYTE_RGBA).toBeInstanceOf(Number);
    expect(Ogre.PixelFormat.PF_BYTE_RGBA).toBe(Ogre.PF_BYTE_RGBA);
    expect(Ogre.PF_L8).toBe(Ogre.PF_BYTE_L); // aliases: the same value, the same object
    expect(Object.isFrozen(Ogre.PF_L8)).toBe(true);
    const img = new Ogre.Image();
    img.loadDynamicImage(new Uint8Array(64), 4, 4, Ogre.PF_BYTE_RGBA);
    expect(img.getFormat()).toBe(Ogre.PF_BYTE_RGBA);
    const light = scene.createLight('identity');
    light.setType(Ogre.Light.LT_SPOTLIGHT);
    expect(light.getType()).toBe(Ogre.Light.LT_SPOTLIGHT);
    expect(light.getType()).toBe(Ogre.Light.LightTypes.LT_SPOTLIGHT);
    const kind = (t: Ogre.Light.LightTypes) => {
      switch (t) {
        case Ogre.Light.LT_POINT: return 'point';
        case Ogre.Light.LT_SPOTLIGHT: return 'spot';
        default: return 'other';
      }
    };
    expect(kind(light.getType())).toBe('spot');
  });

  it('compute as numbers: arithmetic, flags, comparisons, toFixed, template strings, Number()', () => {
    const flags = Ogre.FBT_COLOUR | Ogre.FBT_DEPTH;
    expect(flags).toBe(Number(Ogre.FBT_COLOUR) + Number(Ogre.FBT_DEPTH));
    expect(typeof flags).toBe('number');
    expect(Number(Ogre.PF_BYTE_RGB)).toBe(Ogre.PixelFormat.PF_BYTE_RGB.valueOf());
    expect(Ogre.Light.LT_SPOTLIGHT + 1).toBe(3);
    expect(Ogre.Light.LT_SPOTLIGHT.toFixed(1)).toBe('2.0');
    expect(`${Ogre.Light.LT_SPOTLIGHT}`).toBe('2');
    // eslint-disable-next-line eqeqeq
    expect(Ogre.Light.LT_SPOTLIGHT == 2).toBe(true);
    expect(Ogre.Light.LT_POINT < Ogre.Light.LT_SPOTLIGHT).toBe(true);
  });

  it('map back to names as TypeScript enums do; .name, JSON and inspect', () => {
    expect(Ogre.PixelFormat[Ogre.PF_BYTE_RGB]).toBe('PF_BYTE_RGB');
    const img = new Ogre.Image();
    img.loadDynamicImage(new Uint8Array(48), 4, 4, Ogre.PF_BYTE_RGB);
    expect(Ogre.PixelFormat[img.getFormat()]).toBe('PF_BYTE_RGB');
    expect(Ogre.Light.LightTypes[Ogre.Light.LT_DIRECTIONAL]).toBe('LT_DIRECTIONAL');
    // Runtime only: TypeScript sees a number (the typed way is the reverse mapping above).
    expect((Ogre.Light.LT_DIRECTIONAL as unknown as { name: string; value: number })).toMatchObject({ name: 'LT_DIRECTIONAL', value: 1 });
    // An alias maps to the last name declared for its value, as in a TypeScript enum.
    expect(Ogre.PixelFormat[Ogre.PF_L8]).toBe('PF_BYTE_L');
    expect(JSON.stringify({ format: Ogre.PF_BYTE_RGB, type: Ogre.Light.LT_POINT })).toBe(`{"format":${Number(Ogre.PF_BYTE_RGB)},"type":0}`);
    expect(inspect(Ogre.Light.LT_SPOTLIGHT)).toBe('Light.LightTypes.LT_SPOTLIGHT');
    expect(inspect(Ogre.PF_BYTE_RGB)).toBe('PixelFormat.PF_BYTE_RGB');
    const map = { [Ogre.Light.LT_POINT]: 'p' };
    expect(map[0]).toBe('p');
  });

  it('cannot be made from JS: the members are the values', () => {
    expect(() => new (Ogre.PixelFormat as unknown as new (v: number) => unknown)(3)).toThrow(TypeError);
  });
});

describe('enum arguments', () => {
  it('take their own enum exactly, a plain number converting, another enum never', () => {
    const light = scene.createLight('arguments');
    light.setType(1 as Ogre.Light.LightTypes);  // TypeScript wants the cast; the dispatcher converts
    expect(light.getType()).toBe(Ogre.Light.LT_DIRECTIONAL);
    expect(() => light.setType(7 as Ogre.Light.LightTypes)).toThrow(RangeError);
    expect(() => light.setType(Ogre.PF_L8 as unknown as Ogre.Light.LightTypes))
      .toThrow(/Light\.setType: no overload accepts \(PixelFormat\.PF_BYTE_L\): parameter 'type' takes Light\.LightTypes, not PixelFormat\.PF_BYTE_L/);
  });

  it('reach the overload taking their enum; numbers the one taking numbers', () => {
    expect(Ogre.StringConverter.toString(Ogre.CBT_BACK_LEFT)).toBe('Back Left');
    expect(Ogre.StringConverter.toString(Ogre.SMT_FRAME_SEQUENTIAL)).toBe('Frame Sequential');
    expect(Ogre.StringConverter.toString(1)).toBe('1');
    expect(Ogre.StringConverter.toString(1.5)).toBe('1.5');
    // Where only numbers are taken, an enum's value converts (C++ promotes it).
    expect(Ogre.StringConverter.toString(Ogre.PF_BYTE_RGB)).toBe(String(Number(Ogre.PF_BYTE_RGB)));
  });

  it('are enums in fields of engine structs, both ways', () => {
    const op = new Ogre.RenderOperation();
    expect(op.operationType).toBe(Ogre.RenderOperation.OT_TRIANGLE_LIST);
    op.operationType = Ogre.RenderOperation.OT_LINE_LIST;
    expect(op.operationType).toBe(Ogre.RenderOperation.OT_LINE_LIST);
    expect(() => { op.operationType = Ogre.PF_L8 as unknown as Ogre.RenderOperation.OperationType; }).toThrow(TypeError);
  });
});

describe('enums and directors', () => {
  it('reach a JS override as the enum’s values', () => {
    const levels: unknown[] = [];
    class Levels extends Ogre.LogListener {
      override messageLogged(_message: string, lml: Ogre.LogMessageLevel): void { levels.push(lml); }
    }
    const log = Ogre.LogManager.getSingleton().createLog('enums.log', false, false, true);
    const listener = new Levels();
    log.addListener(listener);
    log.logMessage('critical', Ogre.LML_CRITICAL);
    log.logMessage('trivial', Ogre.LML_TRIVIAL);
    log.removeListener(listener);
    expect(levels[0]).toBe(Ogre.LML_CRITICAL);
    expect(levels[0]).toBeInstanceOf(Ogre.LogMessageLevel as unknown as new () => object);
    expect(levels).toHaveLength(1); // the log's default level drops trivial messages
  });
});
