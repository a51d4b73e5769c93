import { spawn, type ChildProcess } from "node:child_process";

export type ExtraEnv = Record<string, string>;

/** Runs a command to completion with inherited output; rejects on a non-zero exit. */
export function runCommand(command: string, args: string[], env: ExtraEnv = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    console.log(`\n$ ${[command, ...args].join(" ")}`);
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

export function bin(name: string): string {
  return `node_modules/.bin/${name}`;
}

/**
 * The production server (scripts/serve.ts: one worker per core) in its own process group, so
 * stopping it stops its workers too. The yearly cycle's daily run is off unless `env` turns it on
 * (ANNUAL_CYCLE_DAILY): tests and benchmarks serve throw-away registers seeded as of a fixed day,
 * which a run as of today would change under them.
 */
export function startSite({ port, host, env, quiet = false }: { port: number | string; host?: string; env: ExtraEnv; quiet?: boolean }): ChildProcess & { stop: () => void } {
  const child = spawn(bin("tsx"), ["scripts/serve.ts"], {
    stdio: quiet ? "ignore" : ["ignore", "inherit", "inherit"],
    env: { ...process.env, ANNUAL_CYCLE_DAILY: "off", EXPORT_DAILY: "off", ...env, PORT: String(port), ...(host ? { HOSTNAME: host } : {}) },
    detached: true,
  });
  return Object.assign(child, {
    stop: () => {
      if (child.pid && child.exitCode === null) {
        try {
          process.kill(-child.pid, "SIGTERM");
        } catch {
          // already gone
        }
      }
    },
  });
}

/** Waits until `url` answers with anything but a 5xx. */
export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
