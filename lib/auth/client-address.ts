/**
 * The address a request came from, for throttling and the audit log. Next.js passes the socket's
 * address in X-Forwarded-For when nothing set it; behind the reverse proxy the README asks for,
 * the proxy appends the address it saw. The last entry is therefore the one a client cannot
 * forge through a proxy that appends (nginx's $proxy_add_x_forwarded_for, Caddy). Without a
 * proxy, a client that sends its own header chooses its address: per-account limits still hold.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  const address = last ?? headers.get("x-real-ip") ?? "unknown";
  // An IPv4 address Node reports in its IPv6 form is the same client.
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1").slice(0, 64);
}
