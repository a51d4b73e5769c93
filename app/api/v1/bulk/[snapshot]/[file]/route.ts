import { problemResponse } from "@/lib/api/problem";
import { bulkFileResponse } from "@/lib/open-data/bulk-responses";

/**
 * GET /api/v1/bulk/{snapshot}/{file} — a bulk-data file, or the snapshot's manifest.json;
 * `snapshot` is a date (YYYY-MM-DD) or `latest`. See lib/open-data/bulk-responses.ts.
 */
type Context = { params: Promise<{ snapshot: string; file: string }> };

async function answer(request: Request, { params }: Context, isHead: boolean): Promise<Response> {
  const { snapshot, file } = await params;
  try {
    return await bulkFileResponse({ snapshot, file, ifNoneMatch: request.headers.get("if-none-match"), isHead });
  } catch (error) {
    return problemResponse(error, new URL(request.url).pathname);
  }
}

export function GET(request: Request, context: Context): Promise<Response> {
  return answer(request, context, false);
}

export function HEAD(request: Request, context: Context): Promise<Response> {
  return answer(request, context, true);
}
