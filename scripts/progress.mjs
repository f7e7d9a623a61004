/**
 * A progress bar over a build's `[done/total]` lines (Ninja's and Make's status prefix). On a
 * terminal it redraws one line; otherwise (CI logs, benchmarks) the status lines pass through
 * as they are, as does other output (compiler diagnostics).
 */
const STATUS = /^\[\s*(\d+)\s*\/\s*(\d+)\]\s*(.*)$/;
const WIDTH = 30;

export function progressBar(label, out = process.stderr) {
  const tty = out.isTTY === true;
  let shown = false;
  const started = Date.now();
  const draw = (done, total, what) => {
    const ratio = total ? done / total : 0;
    const filled = Math.round(ratio * WIDTH);
    const secs = ((Date.now() - started) / 1000).toFixed(0);
    const text = `${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(Math.round(ratio * 100)).padStart(3)}% ${done}/${total} ${secs}s`;
    const cols = out.columns ?? 100;
    out.write(`\r${`${text} ${what}`.slice(0, cols - 1).padEnd(cols - 1)}`);
    shown = true;
  };
  const clear = () => { if (tty && shown) { out.write('\n'); shown = false; } };
  return {
    /** Feeds one line of the build's output. */
    line(text) {
      const m = STATUS.exec(text);
      if (m && !tty) { out.write(`${text}\n`); return; }
      if (m) { draw(Number(m[1]), Number(m[2]), m[3].replace(/^Building CXX object .*\//, '').replace(/\.o$/, '')); return; }
      if (!text.trim()) return;
      clear();
      out.write(`${text}\n`);
    },
    done() { clear(); },
  };
}
