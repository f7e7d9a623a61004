// A frame loop written the OGRE way, in TypeScript: an ApplicationContext subclass overriding
// setup() and frameRenderingQueued(), a FrameListener moving a node, an InputListener and a
// LogListener capturing OGRE's log, all called by the engine. 30 frames render through the async
// loop (Node's timers keep running between frames); the last frame is saved as a screenshot in
// which the moved square is where the listener put it. Run it through scripts/headless.mjs.
import { writeFileSync } from 'node:fs';
import Ogre from 'ogre-napi';
import { encodePng } from './png.js';

const FRAMES = 30;
/** How far the FrameListener moves the square each frame (world units), and the camera's distance from it. */
const STEP = 0.2;
const DISTANCE = 20;

/** Keeps OGRE's log in JS. */
class LogCapture extends Ogre.LogListener {
  readonly lines: string[] = [];
  override messageLogged(message: string): void {
    this.lines.push(message);
  }
}

/** Moves the node right each frame; returning false once FRAMES frames are done ends the loop. */
class Mover extends Ogre.FrameListener {
  frames = 0;
  constructor(private readonly node: Ogre.SceneNode) {
    super();
  }
  override frameStarted(evt: Ogre.FrameEvent): boolean {
    if (evt.timeSinceLastFrame < 0) throw new RangeError('time runs backwards');
    if (this.frames === FRAMES) return false; // the frame after the last one: not rendered
    this.frames++;
    this.node.translate([STEP, 0, 0]);
    return true;
  }
}

/** Counts the frames the application context forwards to input listeners. */
class Input extends Ogre.Bites.InputListener {
  frames = 0;
  keys = 0;
  override frameRendered(): void {
    this.frames++;
  }
  override keyPressed(): boolean {
    this.keys++;
    return true;
  }
}

class FrameLoopApp extends Ogre.Bites.ApplicationContext {
  queued = 0;
  node: Ogre.SceneNode | null = null;
  camera: Ogre.Camera | null = null;
  readonly input = new Input();
  readonly log = new LogCapture();

  /** Called by initApp(): the window and resources first (C++), then the scene. */
  override setup(): void {
    Ogre.LogManager.getSingleton().getDefaultLog()!.addListener(this.log); // the Root (and its log) exist now
    super.setup();
    const root = this.getRoot()!;
    const scnMgr = root.createSceneManager()!;
    Ogre.RTShader.ShaderGenerator.getSingleton().addSceneManager(scnMgr);

    const red = new Uint8Array(4 * 4 * 3);
    for (let i = 0; i < red.length; i += 3) red[i] = 255;
    const img = new Ogre.Image();
    img.loadDynamicImage(red, 4, 4, Ogre.PF_BYTE_RGB);
    Ogre.TextureManager.getSingleton().loadImage('red', 'General', img);
    const mat = Ogre.MaterialManager.getSingleton().create('red_mat', 'General')!;
    const pass = mat.getTechniques()[0]!.getPasses()[0]!;
    pass.setLightingEnabled(false);
    pass.createTextureUnitState('red');

    // A 2×2 red square 20 units in front of the camera, on the node the FrameListener moves.
    const square = scnMgr.createManualObject('square')!;
    square.begin('red_mat', Ogre.RenderOperation.OT_TRIANGLE_LIST);
    for (const [x, y] of [[-1, -1], [1, -1], [1, 1], [-1, 1]] as const) {
      square.position(x, y, 0);
      square.textureCoord((x + 1) / 2, (1 - y) / 2);
    }
    square.quad(0, 1, 2, 3);
    square.end();
    this.node = scnMgr.getRootSceneNode()!.createChildSceneNode([0, 0, -DISTANCE])!;
    this.node.attachObject(square);

    const cam = scnMgr.createCamera('cam')!; // at the origin, looking down -z
    cam.setNearClipDistance(1);
    this.getRenderWindow()!.addViewport(cam)!.setBackgroundColour([0, 0, 0]);
    this.camera = cam;
    // The base's one-argument overload (ApplicationContext's own takes a window too).
    Ogre.Bites.ApplicationContextBase.prototype.addInputListener.call(this, this.input);
  }

  /** Called by the engine every frame; the C++ implementation forwards the frame to input listeners. */
  override frameRenderingQueued(evt: Ogre.FrameEvent): boolean {
    this.queued++;
    return super.frameRenderingQueued(evt);
  }
}

async function main(): Promise<void> {
  const app = new FrameLoopApp('TsSample');
  app.initApp(); // creates Root, then calls our setup()
  const log = app.log;
  const root = app.getRoot()!;
  const mover = new Mover(app.node!);
  root.addFrameListener(mover);

  // Timers run between frames: the async loop renders one frame per turn of the event loop.
  let ticks = 0;
  const timer = setInterval(() => ticks++, 0);
  let rendered = 0;
  for await (const frame of root.frames()) rendered = frame;
  clearInterval(timer);
  Ogre.LogManager.getSingleton().logMessage('frame_loop: done');

  const win = app.getRenderWindow()!;
  const [width, height] = [win.getWidth(), win.getHeight()];
  const mem = new Uint8Array(width * height * 3);
  const pb = new Ogre.PixelBox(width, height, 1, Ogre.PF_BYTE_RGB, mem);
  win.copyContentsToMemory(pb, pb);
  const pixel = (x: number, y: number) => Array.from(mem.subarray((y * width + x) * 3, (y * width + x) * 3 + 3));
  // The square started at the centre and moved FRAMES × STEP to the right: where that is on screen.
  const halfWidth = DISTANCE * Math.tan(app.camera!.getFOVy().valueRadians() / 2) * (width / height);
  const movedX = Math.round(width / 2 + (FRAMES * STEP / halfWidth) * (width / 2));
  console.log(JSON.stringify({
    rendered, moverFrames: mover.frames, queued: app.queued, inputFrames: app.input.frames, ticks,
    logLines: log.lines.length, logDone: log.lines.includes('frame_loop: done'),
    size: [width, height], movedX, centre: pixel(width >> 1, height >> 1), moved: pixel(movedX, height >> 1),
  }));
  writeFileSync(process.env.SCREENSHOT ?? 'frame_loop.png', encodePng(mem, width, height));
  Ogre.LogManager.getSingleton().getDefaultLog()!.removeListener(log);
  root.removeFrameListener(mover);
  Ogre.Bites.ApplicationContextBase.prototype.removeInputListener.call(app, app.input);
  app.closeApp();
}

await main();
