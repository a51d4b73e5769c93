/**
 * Browsers ask for /favicon.ico whatever the page declares: send them to the SVG icon
 * (app/icon.svg) instead of letting "favicon.ico" fall into the [locale] segment as a 404.
 */
export function GET(request: Request): Response {
  return Response.redirect(new URL("/icon.svg", request.url), 308);
}
