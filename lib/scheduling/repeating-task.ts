/**
 * A task the server runs by itself (the `npm run serve` primary: the yearly cycle's daily run, the
 * daily bulk-data snapshot): first after `firstRunDelayMs`, then every `intervalMs`, one run at a
 * time (a tick while a run is going shares it). The timers do not keep the process alive.
 */
export type RepeatingTask<Result> = { stop: () => void; tick: () => Promise<Result> };

export function startRepeatingTask<Result>(run: () => Promise<Result>, { intervalMs, firstRunDelayMs }: { intervalMs: number; firstRunDelayMs: number }): RepeatingTask<Result> {
  let running: Promise<Result> | null = null;

  function tick(): Promise<Result> {
    running ??= run().finally(() => {
      running = null;
    });
    return running;
  }

  const first = setTimeout(() => void tick(), firstRunDelayMs);
  const timer = setInterval(() => void tick(), intervalMs);
  first.unref();
  timer.unref();
  return {
    stop: () => {
      clearTimeout(first);
      clearInterval(timer);
    },
    tick,
  };
}
