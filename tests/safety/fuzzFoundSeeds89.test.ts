// What seeds 8 and 9 of `npm run fuzz` found after seeds 1–7 were clean: each is now a clear JS
// error naming the method and what is wrong, and the valid use beside it still works
// (tests/safety/children/fuzzFoundSeeds89.mjs runs them under a live headless Root).
import { describe, expect, it } from 'vitest';
import { probesOf, refused } from '../helpers/probes.js';

const out = probesOf('tests/safety/children/fuzzFoundSeeds89.mjs');

describe('fuzzer seeds 8 and 9', () => {
  it('refuses the normal of a polygon with fewer than three vertices', () => {
    refused(out.emptyNormal, /^Polygon\.getNormal: the polygon has fewer than 3 vertices/);
    expect(out.triangleNormal).toEqual({ value: [0, 0, 1] });
  });

  it('refuses a forced clipper range out of order or outside Begin … Step', () => {
    refused(out.clipperRange, /^ImGuiListClipper\.ForceDisplayRangeByIndices: call it after Begin\(\) and before Step\(\)/);
  });

  it('refuses windows X11 cannot make, and engine-internal updates between frames', () => {
    refused(out.unnamedWindows, /^Root\.createRenderWindows: every description needs a name and sides of 1 … 32767/);
    refused(out.viewportsOutsideRender, /^\w+\._updateAutoUpdatedViewports: engine-internal/);
    expect(out.windowUpdate).toEqual({ value: true });
    refused(out.elementUpdate, /_updateFromParent: engine-internal/);
  });

  it('checks what a render queue, a camera and a simple renderable are given', () => {
    refused(out.unattachedVisible, /^RenderQueue\.processVisibleObject: mo is not attached to a scene node/);
    refused(out.zeroLodBias, /^Camera\.setLodBias: factor must be positive/);
    expect(out.lodBias).toEqual({ value: 2 });
    refused(out.nullMaterial, /^\w+\.setMaterial: mat is null/);
  });

  it('refuses a directory as a file stream (reading it never ended)', () => {
    refused(out.directoryStream, /^Root\.openFileStream: filename is a directory/);
  });
});
