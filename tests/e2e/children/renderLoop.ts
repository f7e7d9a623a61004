// Child of renderLoop.test.ts, run headless by scripts/headless.mjs: listeners of a rendering engine
// (render target, render queue, scene manager, camera), startRendering() ended by a JS listener,
// and a JS exception thrown out of renderOneFrame() with the engine still working afterwards.
import Ogre from 'ogre-napi';

const app = new Ogre.Bites.ApplicationContext('TsSample');
app.initApp();
const root = app.getRoot()!;
const scnMgr = root.createSceneManager()!;
Ogre.RTShader.ShaderGenerator.getSingleton().addSceneManager(scnMgr);
const cam = scnMgr.createCamera('cam')!;
const win = app.getRenderWindow()!;
win.addViewport(cam);

const counts: Record<string, number> = {};
const count = (key: string) => { counts[key] = (counts[key] ?? 0) + 1; };
let sameCamera = true;

class Target extends Ogre.RenderTargetListener {
  override preRenderTargetUpdate(): void { count('preRenderTargetUpdate'); }
  override postRenderTargetUpdate(): void { count('postRenderTargetUpdate'); }
}
class Queue extends Ogre.RenderQueueListener {
  override renderQueueStarted(): { skipThisInvocation: boolean } | void { count('renderQueueStarted'); }
}
class Scene extends Ogre.SceneManager_Listener {
  override preFindVisibleObjects(): void { count('preFindVisibleObjects'); }
}
class Cam extends Ogre.Camera_Listener {
  override cameraPreRenderScene(c: Ogre.Camera | null): void {
    count('cameraPreRenderScene');
    if (c !== cam) sameCamera = false;
  }
}
win.addListener(new Target());
scnMgr.addRenderQueueListener(new Queue());
scnMgr.addListener(new Scene());
cam.addListener(new Cam());

// startRendering() returns once a JS listener returns false.
class StopAfter extends Ogre.FrameListener {
  frames = 0;
  override frameStarted(): boolean { return ++this.frames < 5; }
}
const stop = new StopAfter();
root.addFrameListener(stop);
root.startRendering();
root.removeFrameListener(stop);

// An exception in an override comes out of renderOneFrame(); the next frame renders.
const boom = new Error('thrown in frameRenderingQueued');
class Thrower extends Ogre.FrameListener {
  override frameRenderingQueued(): boolean { throw boom; }
}
const thrower = new Thrower();
root.addFrameListener(thrower);
let rethrown = false;
try { root.renderOneFrame(); } catch (e) { rethrown = e === boom; }
root.removeFrameListener(thrower);
const after = root.renderOneFrame();

console.log(JSON.stringify({ stopFrames: stop.frames, rethrown, after, sameCamera, counts }));
app.closeApp();
