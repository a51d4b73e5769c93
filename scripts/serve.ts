/**
 * npm run serve — the production server: one Next.js worker per CPU core (WEB_CONCURRENCY to
 * choose), all listening on PORT (default 3000). Workers share nothing but the database and the
 * on-disk page cache, like the stateless app instances of the architecture; a worker that dies
 * is replaced. Needs `next build` first.
 */
import cluster from "node:cluster";
import { createServer } from "node:http";
import os from "node:os";
import next from "next";
import { getEnv } from "@/lib/env";

async function startWorker(port: number, hostname: string | undefined): Promise<void> {
  const app = next({ dev: false, dir: process.cwd(), port, hostname });
  await app.prepare();
  const handle = app.getRequestHandler();
  createServer((request, response) => {
    void handle(request, response);
  }).listen(port, hostname);
}

function main() {
  const { PORT, HOSTNAME, WEB_CONCURRENCY } = getEnv();
  const workers = WEB_CONCURRENCY ?? os.availableParallelism();
  if (cluster.isPrimary) {
    console.log(`Serving on http://${HOSTNAME ?? "localhost"}:${PORT} with ${workers} worker(s)`);
    for (let i = 0; i < workers; i++) cluster.fork();
    let stopping = false;
    cluster.on("exit", (worker, code) => {
      if (stopping) return;
      console.error(`worker ${worker.process.pid} exited (${code}); starting another`);
      cluster.fork();
    });
    const stop = () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
      process.exit(0);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    return;
  }
  startWorker(PORT, HOSTNAME).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

main();
