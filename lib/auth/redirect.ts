/**
 * Reduces a callback URL to a same-site path and query. Auth.js builds absolute callback
 * URLs on localhost:<port>; keeping only path+query also blocks open redirects.
 */
export function safeCallbackPath(raw: string | null | undefined, fallback = "/"): string {
  if (!raw) return fallback;
  try {
    const url = new URL(raw, "http://redes.invalid");
    const path = url.pathname + url.search;
    if (!path.startsWith("/") || path.startsWith("//")) return fallback;
    return path;
  } catch {
    return fallback;
  }
}
