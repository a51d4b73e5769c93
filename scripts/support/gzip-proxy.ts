import { createServer, request, type Server } from "node:http";
import { constants, createGzip } from "node:zlib";

/** What a reverse proxy compresses (nginx `gzip_types`, plus HTML, which it always compresses). */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|atom\+xml|problem\+json|manifest\+json)|image\/svg\+xml)/;

/**
 * A local stand-in for the reverse proxy production runs in front of the app (README: nginx or
 * Caddy do TLS and compression; next.config.js `compress: false`): forwards every request to
 * `target` and gzips text answers for clients that accept it, as `gzip on; gzip_comp_level 5;`
 * would. Used by npm run lighthouse so the scores are those of the site as deployed.
 */
export function startGzipProxy({ target, port }: { target: string; port: number }): Promise<Server> {
  const upstream = new URL(target);
  const server = createServer((incoming, outgoing) => {
    const acceptsGzip = /\bgzip\b/.test(String(incoming.headers["accept-encoding"] ?? ""));
    const headers = { ...incoming.headers, host: upstream.host };
    delete headers["accept-encoding"];
    const forward = request(
      { hostname: upstream.hostname, port: upstream.port, path: incoming.url, method: incoming.method, headers },
      (answer) => {
        const type = String(answer.headers["content-type"] ?? "");
        const compress = acceptsGzip && COMPRESSIBLE.test(type) && answer.statusCode !== 304 && answer.statusCode !== 204;
        const responseHeaders = { ...answer.headers };
        if (compress) {
          delete responseHeaders["content-length"];
          responseHeaders["content-encoding"] = "gzip";
          responseHeaders.vary = responseHeaders.vary ? `${responseHeaders.vary}, Accept-Encoding` : "Accept-Encoding";
        }
        outgoing.writeHead(answer.statusCode ?? 502, responseHeaders);
        if (compress) answer.pipe(createGzip({ level: 5, flush: constants.Z_SYNC_FLUSH })).pipe(outgoing);
        else answer.pipe(outgoing);
      },
    );
    forward.on("error", () => {
      if (!outgoing.headersSent) outgoing.writeHead(502);
      outgoing.end();
    });
    incoming.pipe(forward);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}
