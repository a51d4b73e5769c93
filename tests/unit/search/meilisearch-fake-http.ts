/**
 * A fake of the Meilisearch HTTP API for unit tests: Meilisearch cannot run on the project's
 * machines (STACK-NOTES.md), so the tests replace only global `fetch`; the official client and the
 * adapter run unchanged and the tests assert the exact requests they send. Tasks succeed at once
 * unless a route answers otherwise.
 */
import { vi } from "vitest";

export type RecordedRequest = { method: string; path: string; query: Record<string, string>; body: unknown; authorization: string | null };
export type FakeResponse = { status: number; body?: unknown };
export type Route = (request: RecordedRequest) => FakeResponse | undefined;

export type FakeMeilisearch = {
  requests: RecordedRequest[];
  /** Requests other than task polling. */
  calls: () => RecordedRequest[];
  route: (route: Route) => void;
  failTask: (taskUid: number, error: { code: string; message: string }) => void;
  restore: () => void;
};

export const FAKE_URL = "http://meili.test:7700";

export function installFakeMeilisearch(): FakeMeilisearch {
  const requests: RecordedRequest[] = [];
  const routes: Route[] = [];
  const failedTasks = new Map<number, { code: string; message: string }>();
  const taskTypes = new Map<number, string>();
  let nextTaskUid = 1;

  function enqueue(indexUid: string | null, type: string): FakeResponse {
    const taskUid = nextTaskUid++;
    taskTypes.set(taskUid, type);
    return { status: 202, body: { taskUid, indexUid, status: "enqueued", type, enqueuedAt: "2026-11-23T00:00:00Z" } };
  }

  function builtIn(request: RecordedRequest): FakeResponse {
    const { method, path } = request;
    const task = path.match(/^\/tasks\/(\d+)$/);
    if (method === "GET" && task) {
      const uid = Number(task[1]);
      const error = failedTasks.get(uid);
      return {
        status: 200,
        body: {
          uid,
          batchUid: uid,
          indexUid: null,
          status: error ? "failed" : "succeeded",
          type: taskTypes.get(uid) ?? "unknown",
          canceledBy: null,
          error: error ? { ...error, type: "invalid_request", link: "" } : null,
          duration: "PT0.001S",
          enqueuedAt: "2026-11-23T00:00:00Z",
          startedAt: "2026-11-23T00:00:00Z",
          finishedAt: "2026-11-23T00:00:00Z",
        },
      };
    }
    const index = path.match(/^\/indexes\/([^/]+)(\/.*)?$/);
    if (method === "POST" && path === "/indexes") return enqueue((request.body as { uid: string }).uid, "indexCreation");
    if (method === "POST" && path === "/swap-indexes") return enqueue(null, "indexSwap");
    if (index && method === "GET" && index[2] === undefined) return { status: 200, body: { uid: index[1], primaryKey: "uscc", createdAt: "", updatedAt: "" } };
    if (index && method === "DELETE" && index[2] === undefined) return enqueue(index[1], "indexDeletion");
    if (index && method === "PATCH" && index[2] === "/settings") return enqueue(index[1], "settingsUpdate");
    if (index && method === "POST" && index[2] === "/documents") return enqueue(index[1], "documentAdditionOrUpdate");
    if (index && method === "POST" && index[2] === "/documents/delete-batch") return enqueue(index[1], "documentDeletion");
    return { status: 404, body: { message: `no fake route for ${method} ${path}`, code: "not_found", type: "invalid_request", link: "" } };
  }

  const fetchMock = vi.fn(async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const headers = new Headers(init?.headers);
    const text = typeof init?.body === "string" ? init.body : undefined;
    const request: RecordedRequest = {
      method: init?.method ?? "GET",
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: text === undefined || text === "" ? undefined : JSON.parse(text),
      authorization: headers.get("Authorization"),
    };
    requests.push(request);
    let response: FakeResponse | undefined;
    for (const route of routes) {
      response = route(request);
      if (response) break;
    }
    response ??= builtIn(request);
    return new Response(response.body === undefined ? "" : JSON.stringify(response.body), { status: response.status, headers: { "Content-Type": "application/json" } });
  });
  vi.stubGlobal("fetch", fetchMock);

  return {
    requests,
    calls: () => requests.filter((request) => !request.path.startsWith("/tasks/")),
    route: (route) => routes.push(route),
    failTask: (taskUid, error) => failedTasks.set(taskUid, error),
    restore: () => vi.unstubAllGlobals(),
  };
}

export function notFound(code: string): FakeResponse {
  return { status: 404, body: { message: code, code, type: "invalid_request", link: "" } };
}
