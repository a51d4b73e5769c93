/**
 * The one error type for expected failures, and its mapping to RFC 9457 problem+json responses.
 * Pages translate the code; the API returns the problem document.
 */
export type ProblemCode = "bad-request" | "unauthorized" | "forbidden" | "not-found" | "payload-too-large" | "unsupported-media-type" | "unprocessable" | "too-many-requests" | "internal";

const STATUS: Record<ProblemCode, number> = {
  "bad-request": 400,
  unauthorized: 401,
  forbidden: 403,
  "not-found": 404,
  "payload-too-large": 413,
  "unsupported-media-type": 415,
  unprocessable: 422,
  "too-many-requests": 429,
  internal: 500,
};

const TITLE: Record<ProblemCode, string> = {
  "bad-request": "Bad request",
  unauthorized: "Unauthorized",
  forbidden: "Forbidden",
  "not-found": "Not found",
  "payload-too-large": "Payload too large",
  "unsupported-media-type": "Unsupported media type",
  unprocessable: "Unprocessable content",
  "too-many-requests": "Too many requests",
  internal: "Internal error",
};

/** One invalid field: where it is (a JSON pointer-like path) and why, as a stable reason code. */
export type FieldProblem = { field: string; reason: string; detail: string; expected?: string };

export class AppError extends Error {
  readonly code: ProblemCode;
  readonly errors: FieldProblem[];

  constructor(code: ProblemCode, detail: string, errors: FieldProblem[] = []) {
    super(detail);
    this.name = "AppError";
    this.code = code;
    this.errors = errors;
  }
}

export function problemResponse(error: unknown, instance?: string): Response {
  const appError = error instanceof AppError ? error : new AppError("internal", "The server could not answer this request.");
  if (!(error instanceof AppError)) console.error(error);
  const status = STATUS[appError.code];
  const body = {
    type: `about:blank#${appError.code}`,
    title: TITLE[appError.code],
    status,
    detail: appError.message,
    ...(instance ? { instance } : {}),
    ...(appError.errors.length > 0 ? { errors: appError.errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/problem+json; charset=utf-8", "cache-control": "no-store" },
  });
}
