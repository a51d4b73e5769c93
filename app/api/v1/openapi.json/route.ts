import { getOpenApiDocument } from "@/lib/api/openapi";
import { publicGet, publicPreflight } from "@/lib/api/public-endpoint";

/** GET /api/v1/openapi.json — the OpenAPI 3.1 document of the API (lib/api/openapi.ts). */
export const GET = publicGet(async () => Response.json(getOpenApiDocument(), { headers: { "cache-control": "public, max-age=300" } }));

export const OPTIONS = publicPreflight;
