/**
 * Answers of the sign-in, sign-out and filing-code form handlers: a 303 to a page of this site
 * (post/redirect/get), or 403 for a post from another site.
 */
export function seeOther(path: string): Response {
  // A relative Location (RFC 9110): the browser stays on the host it used. request.url may name
  // another host (Next answers "localhost" for 127.0.0.1), which would lose the session cookie.
  return new Response(null, { status: 303, headers: { Location: path } });
}

export function forbiddenOrigin(): Response {
  return new Response("Forbidden: this form can only be sent from this site.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
}

/** The posted form, or null when the body is not a form. */
export async function readForm(request: Request): Promise<FormData | null> {
  if (Number(request.headers.get("content-length") ?? "0") > 64 * 1024) return null;
  try {
    return await request.formData();
  } catch {
    return null;
  }
}
