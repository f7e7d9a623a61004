/**
 * The render loop that keeps Node's event loop running: `root.frames()` and `app.run()`, written in
 * JS (members added to Root and ApplicationContextBase). One frame per macrotask: timers, I/O and
 * promises run between frames, where `startRendering()` holds the thread until the loop ends.
 */
import type { JsMemberView } from '../generator/emit/napi/views.js';

const sig = (params: JsMemberView['ts'][number]['params'], returns: string, doc: string) => [{ params, returns, doc, returnsDoc: '', deprecated: null }];

/** The next macrotask (after pending I/O and timers): where the loops yield to Node between frames. */
const nextTurn = 'await new Promise((resolve) => setImmediate(resolve));';

/** `for await (const frame of root.frames())`: renders a frame per turn of the event loop. */
const frames: JsMemberView = {
  jsName: 'frames',
  code: [
    'async *frames(maxFrames = Infinity) {',
    '    this.getRenderSystem()._initRenderTargets();',
    '    this.clearEventTimes();',
    '    this.queueEndRendering(false);',
    '    for (let frame = 1; frame <= maxFrames && !this.endRenderingQueued(); frame++) {',
    `      ${nextTurn}`,
    '      if (!this.renderOneFrame()) return;',
    '      yield frame;',
    '    }',
    '  }',
  ].join('\n'),
  ts: sig([{ name: 'maxFrames', type: 'number', optional: true, doc: 'stop after this many frames' }], 'AsyncGenerator<number, void, undefined>',
    'Renders one frame per turn of Node\'s event loop and yields its number (from 1), so timers, I/O and promises run between ' +
    'frames. Ends when a frame listener returns false, `queueEndRendering()` is called, or after `maxFrames`.'),
};

/** `await app.run()`: the same loop for an ApplicationContext, polling window events each frame. */
const run: JsMemberView = {
  jsName: 'run',
  code: [
    'async run(maxFrames = Infinity) {',
    '    const root = this.getRoot();',
    '    let count = 0;',
    '    for await (const frame of root.frames(maxFrames)) {',
    '      count = frame;',
    '      this.pollEvents();',
    '    }',
    '    return count;',
    '  }',
  ].join('\n'),
  ts: sig([{ name: 'maxFrames', type: 'number', optional: true, doc: 'stop after this many frames' }], 'Promise<number>',
    'Runs the render loop one frame per turn of Node\'s event loop (see `Root.frames`), polling window events; resolves with the number of frames rendered.'),
};

/** JS members by class id. */
export const frameLoopMembers: Record<string, JsMemberView[]> = {
  'Ogre::Root': [frames],
  'OgreBites::ApplicationContextBase': [run],
};
