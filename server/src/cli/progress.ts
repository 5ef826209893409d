// A progress bar for large batches, on standard error and only when that is a terminal: logs and
// pipes get no control characters.

const WIDTH = 24;
const MIN_FILES = 8;

export interface Progress {
  tick(): void;
  /** Clears the bar from its line, so that other text can be written there; the next tick draws it again. */
  hide(): void;
  done(): void;
}

const SILENT: Progress = { tick() {}, hide() {}, done() {} };

export function createProgress(total: number, enabled: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!enabled || !stream.isTTY || total < MIN_FILES) return SILENT;
  let count = 0;
  let lastDrawn = -1;
  const draw = () => {
    const filled = Math.round((count / total) * WIDTH);
    if (filled === lastDrawn && count !== total) return; // redraw only when the bar moves
    lastDrawn = filled;
    stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(WIDTH - filled)}] ${count}/${total} files`);
  };
  draw();
  return {
    tick() { count++; draw(); },
    hide() { stream.write('\r\x1b[2K'); lastDrawn = -1; },
    done() { stream.write('\r\x1b[2K'); },
  };
}
