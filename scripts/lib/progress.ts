/**
 * A one-line progress bar on stderr for long command-line jobs; without a
 * terminal (CI, logs) it prints a line every 10%.
 */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  let lastShown = -1;
  return (done: number, total: number, detail = "") => {
    const fraction = total > 0 ? Math.min(done / total, 1) : 1;
    const percent = Math.floor(fraction * 100);
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round(fraction * width);
      stream.write(
        `\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(percent).padStart(3)}% ${done}/${total} ${detail}`.padEnd(
          90,
        ),
      );
      if (done >= total) stream.write("\n");
    } else if (percent >= lastShown + 10 || done >= total) {
      lastShown = percent;
      stream.write(`${label} ${percent}% (${done}/${total}) ${detail}\n`);
    }
  };
}
