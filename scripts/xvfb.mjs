/** Starts Xvfb on a free display (headless rendering for the demo and the tests). */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Starts Xvfb on the first free display from :90; resolves to `[display, process]` once its socket
 * exists (kill the process when done). Throws when none starts.
 */
export async function startXvfb() {
  for (let n = 90; n < 100; n++) {
    if (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) continue;
    const xvfb = spawn('Xvfb', [`:${n}`, '-screen', '0', '1024x768x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    let exited = false;
    xvfb.on('exit', () => { exited = true; });
    // A loaded machine can take seconds to bring Xvfb up: wait up to 30 s for its socket.
    for (let i = 0; i < 300 && !exited && !existsSync(`/tmp/.X11-unix/X${n}`); i++) await new Promise((r) => setTimeout(r, 100));
    if (!exited && existsSync(`/tmp/.X11-unix/X${n}`)) return [`:${n}`, xvfb];
    xvfb.kill();
  }
  throw new Error('could not start Xvfb (install the xvfb package)');
}
