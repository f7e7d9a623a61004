// States of a live headless scene that `npm run fuzz` (root mode) found crashing: each is now a
// clear JS error naming the method and the parameter or state at fault, and the valid use next to
// it still works (tests/safety/children/fuzzFoundScene.mjs runs them).
import { describe, expect, it } from 'vitest';
import { probesOf, refused } from '../helpers/probes.js';

const out = probesOf('tests/safety/children/fuzzFoundScene.mjs');

describe('lights destroyed between frames', () => {
  it('leave no stale entry in the frame\'s light list or an object\'s cached one', () => {
    expect(out.frame).toEqual({ value: true });
    expect(out.lightsBefore).toEqual({ value: 1 });
    expect(out.lightsAfter).toEqual({ value: 0 });
    expect(out.entityLightsAfter).toEqual({ value: 0 });
  });

  it('kill lights whose listener a script replaced, in bulk and at Root\'s shutdown', () => {
    refused(out.unheardAfterDestroyAll, /^Light\.getType: this Light was destroyed by DefaultSceneManager\.destroyAllLights\(\)/);
    refused(out.unheardAfterShutdown, /^MovableObject\.getCastShadows: this Light was destroyed by Root\.shutdown\(\)/);
  });
});

describe('helpers that outlive what they were given', () => {
  it('refuses a query whose scene manager was destroyed, and runs one whose manager lives', () => {
    refused(out.queryAfter, /^\w+\.execute: this DefaultAxisAlignedBoxSceneQuery was destroyed by Root\.destroySceneManager\(\)/);
    expect(out.queryValid).toEqual({ value: true });
  });

  it('lets a manager delete only the pools it made', () => {
    // (refused in JS first now that pools are their manager's: a factory pair)
    refused(out.destroyJsPool, /^ResourceManager\.destroyResourcePool: pool was created from JavaScript/, 'TypeError');
    expect(out.jsPoolAfter).toEqual({ value: null });
    expect(out.destroyPool).toEqual({ value: null });
  });

  it('measures LOD depth from an attached object only', () => {
    refused(out.lodDepth, /^DistanceLodSphereStrategy\.getSquaredDepth: movableObject is not attached to a node/);
    expect(out.lodDepthValid).toEqual({ value: 'number' });
  });
});

describe('Root', () => {
  it('refuses a second initialise()', () => refused(out.initialiseAgain, /^Root\.initialise: Root is initialised already/));
});

describe('objects off the scene graph', () => {
  it('refuses measures that need the object\'s node, and keeps them for attached objects', () => {
    refused(out.looseSphere, /^Entity\.getWorldBoundingSphere: the object is not attached to a node/);
    expect(out.looseSphereUnderived).toEqual({ value: true });
    expect(out.placedSphere).toEqual({ value: true });
    refused(out.looseDepth, /^BillboardSet\.getSquaredViewDepth: the object is not attached to a scene node/);
    expect(out.placedDepth).toEqual({ value: 'number' });
    refused(out.looseTexCam, /^DefaultShadowCameraSetup\.getShadowCamera: texCam must be attached to a scene node/);
    refused(out.moved, /^CameraMan\.setPivotOffset: the camera man has no target/);
  });

  it('keeps attaching to the scene nodes (an object is never told it is attached behind their back)', () => {
    refused(out.notifyAttached, /^Entity\._notifyAttached: engine-internal/);
    expect(out.inScene).toEqual({ value: false });
    expect(out.attachedAgain).toEqual({ value: true });
  });
});

describe('values OGRE asserts on', () => {
  it('refuses them, and takes the valid ones', () => {
    refused(out.lodBias, /^Entity\.setMaterialLodBias: factor must be positive/);
    expect(out.lodBiasValid).toEqual({ value: null });
    refused(out.frustumExtents, /^Frustum\.setFrustumExtents: left must be less than right/);
    expect(out.frustumExtentsValid).toEqual({ value: null });
    refused(out.framePtr, /^TextureUnitState\._setTexturePtr: frame is out of range/);
    refused(out.wireBox, /^DefaultDebugDrawer\.drawWireBox: aabb must be a finite box/);
    refused(out.mergeBox, /^VisibleObjectsBoundsInfo\.merge: boxBounds must be a finite box/);
    expect(out.mergeBoxValid).toEqual({ value: null });
    refused(out.autoParams, /^AutoParamDataSource\.getDerivedSceneColour: engine-internal/);
    refused(out.autoConstant, /^GpuProgramParameters\.setConstantFromTime: the parameters have no logical indices/);
    refused(out.skinning, /^HardwareSkinningFactory\.prepareEntityForSkinning: initialise the RTShader system first/);
    refused(out.compositorPass, /^CompositionTechnique\.removeTargetPass: idx is out of range \(getTargetPasses\(\)\.size\(\) is the count\)/);
    refused(out.hugeString, /^UTFString\.constructor: length must be at most 16777216/, 'RangeError');
    expect(out.string).toEqual({ value: 3 });
  });
});

describe('materials, passes and renderables', () => {
  it('refuses a material copied onto itself, and copies onto another', () => {
    refused(out.selfCopy, /^Material\.copyDetailsTo: mat is this material/);
    expect(out.passAfter).toEqual({ value: 'General' });
    expect(out.copyValid).toEqual({ value: 1 });
    refused(out.replacedPass, /^Pass\.getName: this Pass was destroyed by Material\.copyDetailsTo\(\)/);
    expect(out.copiedPass).toEqual({ value: 0 });
  });

  it('refuses what would leave engine state unusable', () => {
    refused(out.hashNull, /^Pass\.setHashFunction: /, 'TypeError');
    refused(out.rectOp, /^SimpleRenderable\.setRenderOperation: this object makes its own render operation/);
    expect(out.rectCorners).toEqual({ value: null });
    refused(out.patchMesh, /^PatchMesh\.constructor: create patch meshes with MeshManager\.createBezierPatch\(\)/);
    refused(out.compile, /^ScriptCompiler\._compile: /, 'TypeError');
  });
});

describe('programs, overlays, particles and the render system (seeds 4 and 5)', () => {
  it('refuses constants by logical index for a GLSL program, whose parameters take names', () => {
    refused(out.indexConstant, /^GpuProgramParameters\.setConstant: the parameters have no logical indices/);
    expect(out.namedConstant).toEqual({ value: true });
  });

  it('never makes an overlay container its own child or its parent\'s parent', () => {
    refused(out.selfChild, /^OverlayContainer\.addChild: elem is this container or one of its parents/);
    expect(out.childValid).toEqual({ value: true });
    refused(out.parentAsChild, /^OverlayContainer\.addChild: elem is this container or one of its parents/);
  });

  it('leaves destruction to the managers that made the objects', () => {
    refused(out.factoryDestroy, /^OverlayElementFactory\.destroyOverlayElement: engine-internal/);
    expect(out.managerDestroy).toEqual({ value: false });
    refused(out.programFactoryDestroy, /^HighLevelGpuProgramFactory\.destroy: engine-internal/);
    refused(out.visualData, /^ParticleSystemRenderer\._destroyVisualData: engine-internal/);
  });

  it('refuses engine-internal steps of a render, and parameters a text area cannot read', () => {
    refused(out.fontlessParameter, /^StringInterface\.getParameter: the text area has no font/);
    refused(out.fontlessCopy, /^StringInterface\.copyParametersTo: the text area has no font/);
    expect(typeof out.panelParameter?.value).toBe('string');
    refused(out.skies, /^\w+\._queueSkiesForRendering: engine-internal/);
    refused(out.compileTargets, /^CompositorInstance\._compileTargetOperations: engine-internal/);
    refused(out.removeOriginal, /^CompositorChain\._removeInstance: i is not one of the chain's compositor instances/);
    refused(out.billboardOp, /^BillboardSet\.getRenderOperation: the billboard set has no buffers yet/);
  });

  it('tells only attached objects the current camera, and keeps the render system running under its windows', () => {
    refused(out.looseBillboardCamera, /^BillboardSet\._notifyCurrentCamera: the object is not attached to a scene node/);
    refused(out.jsViewport, /^Viewport\.constructor: add viewports with renderTarget\.addViewport\(camera\)/);
    refused(out.scissor, /^RenderSystem\.setScissorTest: no viewport is being rendered/);
    expect(out.scissorAfterFrame).toEqual({ value: null });
    refused(out.reinitialise, /^RenderSystem\.reinitialise: the render system restarts with Root/);
    expect(out.windowAfter).toEqual({ value: false });
  });
});

describe('found by seeds 6 and 7 (under a live Root)', () => {
  it('refuses them, and keeps the valid uses', () => {
    refused(out.manualLod, /^Mesh\.updateManualLodLevel: index is out of range/);
    refused(out.requestParent, /^\w+\.requestUpdate: child is not a child of this node/);
    expect(out.requestChild).toEqual({ value: null });
    refused(out.fovyZero, /^\w+\.setFOVy: fovy must be between 0 and π/);
    expect(out.fovyValid).toEqual({ value: true });
    refused(out.sameTexCam, /^\w+\.getShadowCamera: texCam must be another camera than cam/);
    refused(out.writeBare, /^\w+\.writeContentsToFile: the render target has no viewport/);
  });
});

describe('closed file streams', () => {
  it('are refused as the stream and as an argument; open ones work', () => {
    expect(out.openEof).toEqual({ value: false });
    refused(out.closedEof, /^FileStreamDataStream\.eof: the stream is closed/);
    refused(out.copyClosed, /^MemoryDataStream\.constructor: sourceStream is a closed stream/);
    expect(out.copyOpen).toEqual({ value: 0 });
  });
});
