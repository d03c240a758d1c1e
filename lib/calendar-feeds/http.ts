// What the route handlers share: the origin links point back to, and the response headers.

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

const first = (value: string | null) => value?.split(",")[0]?.trim() || null;

/**
 * The app's origin as the client reached it: behind a reverse proxy the forwarded host and
 * protocol (Auth.js trusts them too, trustHost), else the request's own. Malformed values are
 * ignored, so nothing odd ends up in the links of a calendar.
 */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = first(request.headers.get("x-forwarded-host")) ?? first(request.headers.get("host"));
  const proto = first(request.headers.get("x-forwarded-proto")) ?? url.protocol.slice(0, -1);
  if (host && HOST.test(host) && (proto === "http" || proto === "https")) return `${proto}://${host}`;
  return url.origin;
}

/** Calendars are personal: never cached by a shared cache, never indexed. */
export const CALENDAR_HEADERS = {
  "content-type": "text/calendar; charset=utf-8",
  "cache-control": "private, no-store",
  "x-robots-tag": "noindex, nofollow",
  "x-content-type-options": "nosniff",
} as const;
