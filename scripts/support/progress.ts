/**
 * A progress bar for long scripts (seeding, imports, reindexing). On a terminal it redraws one
 * line; in a log (CI, pipes) it prints a line at every 10 %.
 */
export type Progress = { tick: (done: number) => void; finish: () => void };

export function createProgress({ total, label, stream = process.stderr }: { total: number; label: string; stream?: NodeJS.WriteStream }): Progress {
  const started = Date.now();
  const isTty = Boolean(stream.isTTY);
  let lastDecile = -1;
  let lastDraw = 0;

  function line(done: number): string {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const share = total === 0 ? 1 : done / total;
    const width = 30;
    const filled = Math.round(share * width);
    const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0;
    return `${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done.toLocaleString("en")}/${total.toLocaleString("en")} ${Math.round(share * 100)}% ${Math.round(rate).toLocaleString("en")}/s eta ${eta}s`;
  }

  return {
    tick(done) {
      if (isTty) {
        if (Date.now() - lastDraw < 100 && done < total) return;
        lastDraw = Date.now();
        stream.write(`\r${line(done)}`);
        return;
      }
      const decile = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (decile !== lastDecile) {
        lastDecile = decile;
        stream.write(`${line(done)}\n`);
      }
    },
    finish() {
      if (isTty) stream.write("\n");
    },
  };
}
