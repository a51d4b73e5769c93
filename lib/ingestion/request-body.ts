/**
 * Reading a JSON request body without trusting its size: the stream is cut off past the limit,
 * whatever Content-Length says.
 */

/** The largest ingestion request: 1,000 records with long decision documents fit comfortably. */
export const MAX_INGEST_BODY_BYTES = 32 * 1024 * 1024;

export type JsonBody = { kind: "ok"; value: unknown } | { kind: "too-large" } | { kind: "malformed"; reason: string };

export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBody> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return { kind: "too-large" };
  if (!request.body) return { kind: "malformed", reason: "empty body" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { kind: "too-large" };
    }
    chunks.push(value);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    return { kind: "malformed", reason: "not UTF-8" };
  }
  if (text.trim() === "") return { kind: "malformed", reason: "empty body" };
  try {
    return { kind: "ok", value: JSON.parse(text) };
  } catch (error) {
    return { kind: "malformed", reason: error instanceof SyntaxError ? error.message : "syntax error" };
  }
}
