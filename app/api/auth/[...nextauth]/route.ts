import type { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { serverEnv } from "@/lib/env";

/**
 * Auth.js derives its own URL from request.url. A route handler's request.url is built on the
 * server's bind address (and NextRequest rewrites loopback hosts to "localhost"), while a
 * sign-in started on the server (signIn() in a route or action) builds it from the Host /
 * X-Forwarded-* headers. Single sign-on needs both to agree — the redirect URI sent to the
 * provider and the one presented with the code must be the same URL — so the endpoints get a
 * plain Request on the URL the browser used (the configuration trusts the host headers;
 * AUTH_URL, when set, still wins).
 */
function withPublicUrl(request: NextRequest): NextRequest {
  if (serverEnv().AUTH_URL ?? serverEnv().NEXTAUTH_URL) return request;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host) return request;
  const forwardedProto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const protocol =
    forwardedProto === "https" || forwardedProto === "http"
      ? forwardedProto
      : new URL(request.url).protocol.slice(0, -1);
  let url: URL;
  try {
    url = new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, `${protocol}://${host}`);
  } catch {
    return request;
  }
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  const init: RequestInit & { duplex?: "half" } = {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    ...(hasBody ? { body: request.body, duplex: "half" } : {}),
  };
  // Auth.js only reads the standard Request interface (url, method, headers, body).
  return new Request(url, init) as NextRequest;
}

export const GET = (request: NextRequest) => handlers.GET(withPublicUrl(request));
export const POST = (request: NextRequest) => handlers.POST(withPublicUrl(request));
