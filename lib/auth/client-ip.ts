import { BlockList, isIP } from "node:net";
import { serverEnv } from "@/lib/env";

/**
 * The client's address, for the sign-in throttle and the audit log — taken only from what a
 * trusted reverse proxy reports.
 *
 * What Next.js gives us: `next start` does not hand the TCP peer to route handlers, server
 * actions or the proxy; its server only fills `X-Forwarded-For` with the socket's address
 * *when the request has no such header* (`??=` in next/dist/server/base-server.js). A client
 * that sends its own `X-Forwarded-For` therefore chooses the whole header, and the peer address
 * is not in it. So without a configured proxy no header can be trusted, and the address is
 * unknown (null): the per-address throttle is off and the audit log records no address.
 *
 * REDES_TRUSTED_PROXIES (docs/operations.md, "Behind a reverse proxy"):
 * - a number of proxy hops, e.g. `1` for one proxy in front that appends the address it saw
 *   (nginx `$proxy_add_x_forwarded_for`): the client is that many entries from the right;
 * - or a comma list of proxy addresses and CIDR ranges, IPv4 or IPv6 (`10.0.0.0/8, ::1`):
 *   `X-Forwarded-For` is walked from the right, skipping trusted proxies, and the first
 *   address that is not one is the client's.
 * Entries left of the client's are whatever the client sent, never read. `X-Real-IP` is never
 * read: it is one more header a client can send.
 */
export type TrustedProxies =
  { kind: "none" } | { kind: "hops"; hops: number } | { kind: "list"; list: BlockList };

export function parseTrustedProxies(setting: string | undefined): TrustedProxies {
  const value = setting?.trim() ?? "";
  if (!value) return { kind: "none" };
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops > 0 ? { kind: "hops", hops } : { kind: "none" };
  }
  const list = new BlockList();
  for (const raw of value.split(",")) {
    const entry = raw.trim();
    if (!entry) continue;
    const [address = "", prefix] = entry.split("/");
    const type = isIP(address);
    if (!type) throw new Error(`REDES_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    const family = type === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) {
      list.addAddress(address, family);
      continue;
    }
    const bits = /^\d+$/.test(prefix) ? Number(prefix) : NaN;
    if (!(bits >= 0 && bits <= (type === 4 ? 32 : 128))) {
      throw new Error(`REDES_TRUSTED_PROXIES: "${entry}" has an invalid prefix length`);
    }
    list.addSubnet(address, bits, family);
  }
  return { kind: "list", list };
}

/**
 * One X-Forwarded-For entry as a plain address, or null: brackets and a port are dropped
 * ("[2001:db8::1]:443", "192.0.2.1:5000"), an IPv4-mapped IPv6 address becomes IPv4.
 */
export function normalizeAddress(entry: string): string | null {
  let value = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed?.[1]) value = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  if (mapped?.[1]) value = mapped[1];
  const type = isIP(value);
  if (!type) return null;
  return type === 6 ? value.toLowerCase() : value;
}

function isTrusted(list: BlockList, address: string): boolean {
  return list.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
}

/** The client address under the given proxy setting (see above), or null when unknown. */
export function clientIpFrom(headers: Headers, trusted: TrustedProxies): string | null {
  if (trusted.kind === "none") return null;
  const forwarded = headers.get("x-forwarded-for");
  if (!forwarded) return null;
  const entries = forwarded.split(",").map((e) => e.trim());
  if (trusted.kind === "hops") {
    // Fewer entries than proxies: the request did not come through all of them.
    if (entries.length < trusted.hops) return null;
    return normalizeAddress(entries[entries.length - trusted.hops] ?? "");
  }
  for (let i = entries.length - 1; i >= 0; i--) {
    const address = normalizeAddress(entries[i] ?? "");
    // An entry that is not an address was written by the client (or is garbage): stop there.
    if (!address) return null;
    if (!isTrusted(trusted.list, address)) return address;
  }
  // Every hop is a trusted proxy: the request began at the furthest one.
  return normalizeAddress(entries[0] ?? "");
}

let cached: { setting: string | undefined; trusted: TrustedProxies } | undefined;

/** The client address of a request, under REDES_TRUSTED_PROXIES. Every caller uses this one. */
export function clientIp(headers: Headers): string | null {
  const setting = serverEnv().REDES_TRUSTED_PROXIES;
  if (!cached || cached.setting !== setting) cached = { setting, trusted: parseTrustedProxies(setting) };
  return clientIpFrom(headers, cached.trusted);
}
