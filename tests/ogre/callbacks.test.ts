// Callbacks and handles on the real engine: Dear ImGui's getters called back into JS during the
// call, function-pointer handles, its demo windows (linked from libimgui.a into OGRE's ImGui), and
// the remaining pointer APIs made JS-friendly by the spec (command-line options, blend matrices).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import Ogre from 'ogre-napi';

const ImGui = Ogre.ImGui;

/** One Dear ImGui frame around `body` (OGRE's ImGuiOverlay made the context). */
function frame(body: () => void): void {
  ImGui.NewFrame();
  try {
    ImGui.Begin('test');
    try { body(); } finally { ImGui.End(); }
  } finally { ImGui.EndFrame(); }
}

describe('Dear ImGui callbacks and handles', () => {
  beforeAll(() => {
    new Ogre.ImGuiOverlay(); // creates the ImGui context
    expect(() => ImGui.NewFrame()).toThrow(/font atlas is not built/);
    const io = ImGui.GetIO();
    const atlas = io.Fonts!;
    const pixels = atlas.GetTexDataAsRGBA32(); // builds the atlas
    expect(pixels).toBeInstanceOf(Uint8Array);
    expect(pixels!.length).toBe(atlas.TexWidth * atlas.TexHeight * 4);
    io.DisplaySize = new Ogre.ImVec2(640, 480);
    io.DeltaTime = 1 / 60;
  });

  it('calls a JS item getter while ListBox runs, and again each frame', () => {
    const seen: number[] = [];
    const current = new Int32Array([0]);
    for (let f = 0; f < 2; f++) frame(() => ImGui.ListBox('items', current, (i) => { seen.push(i); return ['a', 'b', 'c'][i]; }, 3));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((i) => i >= 0 && i < 3)).toBe(true);
  });

  it('lets the getter’s exception reach the caller', () => {
    frame(() => ImGui.ListBox('warm', new Int32Array([0]), () => 'x', 1)); // the clipper measures on the first frame
    let thrown: unknown;
    frame(() => {
      try { ImGui.ListBox('boom', new Int32Array([0]), () => { throw new Error('getter failed'); }, 2); } catch (e) { thrown = e; }
    });
    expect((thrown as Error).message).toBe('getter failed');
  });

  it('takes string arrays and number getters', () => {
    frame(() => {
      expect(ImGui.Combo('combo', new Int32Array([1]), ['x', 'y'], 2)).toBe(false);
      ImGui.PlotLines('plot', (i) => i * 2, 5);
    });
  });

  it('shows the demo windows, drawn by OGRE’s ImGui', () => {
    const open = new Uint8Array([1]);
    frame(() => undefined);
    ImGui.NewFrame();
    ImGui.ShowDemoWindow(open);
    ImGui.ShowAboutWindow(open);
    ImGui.EndFrame();
    expect(open[0]).toBe(1);
  });

  it('hands out allocator functions as handles and takes back only those', () => {
    const { p_alloc_func, p_free_func, p_user_data } = ImGui.GetAllocatorFunctions();
    expect(typeof p_alloc_func).toBe('bigint');
    ImGui.SetAllocatorFunctions(p_alloc_func, p_free_func, p_user_data);
    expect(() => ImGui.SetAllocatorFunctions(12345n, p_free_func)).toThrow(/alloc_func: not a function handle/);
  });
});

describe('one Dear ImGui in the process', () => {
  it('the addon defines no ImGui function but the demo windows (the rest are libOgreOverlay’s)', () => {
    const addon = fileURLToPath(new URL('../../build/Release/ogre.node', import.meta.url));
    const defined = execFileSync('nm', ['-DC', '--defined-only', addon], { encoding: 'utf8' })
      .split('\n').filter((l) => / T ImGui::/.test(l)).map((l) => l.replace(/^.* T ImGui::(\w+).*$/, '$1'));
    expect(defined.sort()).toEqual(['ShowAboutWindow', 'ShowDemoWindow', 'ShowFontSelector', 'ShowStyleEditor', 'ShowStyleSelector', 'ShowUserGuide']);
  });
});

describe('pointer APIs the spec reshapes', () => {
  it('finds command-line options, updating the option maps it is given', () => {
    const r = Ogre.findCommandLineOpts(['app', '-d', '-o', 'out.txt', 'rest'], { '-d': false, '-v': false }, { '-o': '' });
    expect(r.unaryOptList).toEqual({ '-d': true, '-v': false });
    expect(r.binOptList).toEqual({ '-o': 'out.txt' });
    expect(r.result).toBe(4);
  });

  it('picks blend matrices by index map, refusing indices past the bones', () => {
    const bones = [Ogre.Affine3.IDENTITY, new Ogre.Affine3([1, 2, 3], Ogre.Quaternion.IDENTITY)];
    const picked = Ogre.Mesh.prepareMatricesForVertexBlend(bones, [1, 0, 1]);
    expect(picked.map((m) => m.getTrans().x)).toEqual([1, 0, 1]);
    expect(() => Ogre.Mesh.prepareMatricesForVertexBlend(bones, [2])).toThrow(/past boneMatrices/);
  });

  it('returns the render queue’s groups, null where none was made', () => {
    const queue = new Ogre.RenderQueue();
    queue.getQueueGroup(Ogre.RENDER_QUEUE_MAIN);
    const groups = queue._getQueueGroups();
    expect(groups).toHaveLength(106);
    expect(groups[Ogre.RENDER_QUEUE_MAIN]).toBeInstanceOf(Ogre.RenderQueueGroup);
    expect(groups[0]).toBeNull();
  });
});

describe('function objects', () => {
  it('calls a namespace constant’s operator() by its name (SPFM_NONE, a no-op deleter)', () => {
    expect(Ogre.SPFM_NONE(new Uint8Array(4))).toBeUndefined();
  });
});
