import type { Pool } from "pg";
import { registerToday } from "@/lib/rules/publicity";
import { runAnnualCycle, type AnnualCycleResult } from "./run-annual-cycle";
import { startRepeatingTask, type RepeatingTask } from "@/lib/scheduling/repeating-task";

/**
 * The cycle's daily run inside the app (the `npm run serve` primary). Every `intervalMs` it asks
 * whether today's run (on the register's clock) has finished; if not, it runs it. Several app
 * instances may do this against one database: the run's advisory lock lets one in at a time, and
 * the one that comes second finds today's run recorded and does nothing. A run that fails is
 * tried again at the next tick.
 */

export const ANNUAL_CYCLE_ACTOR = "system:annual-cycle";

const DEFAULT_INTERVAL_MS = 10 * 60_000;

export type DailyAnnualCycle = RepeatingTask<AnnualCycleResult | null>;

export function startDailyAnnualCycle({
  pool,
  intervalMs = DEFAULT_INTERVAL_MS,
  today = () => registerToday(),
  log = (message: string) => console.log(message),
}: {
  pool: Pool;
  intervalMs?: number;
  today?: () => string;
  log?: (message: string) => void;
}): DailyAnnualCycle {
  async function runOnce(): Promise<AnnualCycleResult | null> {
    const asOf = today();
    try {
      const result = await runAnnualCycle({ client: pool, asOf, actor: ANNUAL_CYCLE_ACTOR, oncePerDay: true });
      if (result.status === "done") {
        const { listed, warned, moved, removed } = result.counts;
        log(`annual cycle ${asOf}: ${listed} listed, ${warned} warned, ${moved} moved, ${removed} removed (${result.seconds.toFixed(1)} s)`);
      }
      return result;
    } catch (error) {
      log(`annual cycle ${asOf} failed: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }

  return startRepeatingTask(runOnce, { intervalMs, firstRunDelayMs: 5_000 });
}
