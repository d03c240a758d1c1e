import "server-only";
import { headers } from "next/headers";
import { safeCallbackPath } from "@/lib/auth/redirect";

/**
 * Where a form's "Cancelar" goes back to: the page the user came from. A `?volver=` path the
 * link gave, else the Referer when it is this site's own page (its path and query only), else
 * `fallback`. Anything that is not a same-site path — another host, `//host`, a scheme, the
 * form itself — falls back, so the parameter cannot send anyone off the site.
 */
export async function returnPath(volver: unknown, fallback: string, self: string): Promise<string> {
  const fromParam = typeof volver === "string" ? sameSitePath(volver) : null;
  if (fromParam && !isSelf(fromParam, self)) return fromParam;
  const h = await headers();
  const referer = h.get("referer");
  const host = h.get("x-forwarded-host") ?? h.get("host");
  if (referer && host) {
    try {
      const url = new URL(referer);
      const path = sameSitePath(url.pathname + url.search);
      if (url.host === host && path && !isSelf(path, self)) return path;
    } catch {
      // Not a URL: ignored.
    }
  }
  return fallback;
}

function sameSitePath(raw: string): string | null {
  // Only a path: an absolute URL or a protocol-relative one is refused outright (safeCallbackPath
  // would keep its path, which is not where the user came from).
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return null;
  const path = safeCallbackPath(raw, "");
  return path || null;
}

const isSelf = (path: string, self: string) => path.split("?")[0] === self;
