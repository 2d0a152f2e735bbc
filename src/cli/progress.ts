/** A progress bar on stderr: one line redrawn in place, only on a terminal, never under --quiet. */
export interface Progress {
  /** Starts the next step, named. */
  step: (label: string) => void;
  /** Clears the bar. */
  done: () => void;
}

const width = 24;

/**
 * A progress bar over a known number of steps (reading, merging, each output), drawn on stderr when it
 * is a terminal; a silent one otherwise, so logs and pipes get only the closing summary.
 * @param write where the bar is drawn (stderr)
 * @param total the number of steps
 * @param enabled false off a terminal or under --quiet
 * @returns the bar
 * @example
 * const bar = progressBar(io.stderr, 3, true); bar.step("reading returns"); // "[########----------------] 1/3 reading returns"
 */
export function progressBar(write: (text: string) => void, total: number, enabled: boolean): Progress {
  if (!enabled) return { step: () => {}, done: () => {} };
  let done = 0;
  return {
    step: (label) => {
      done = Math.min(total, done + 1);
      const filled = Math.round((done / Math.max(1, total)) * width);
      write(`\r\u001b[2K[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} ${label}`);
    },
    done: () => write("\r\u001b[2K"),
  };
}
