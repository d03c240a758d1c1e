import type { APIResponse, BrowserContext, Page, Request } from "playwright-core";
import { expect } from "vitest";

// A server action is a POST with a `next-action` header. The authorization tests capture one a
// permitted user's browser sends (aborted before it reaches the server, so nothing is written)
// and post it again with another user's session: the server must refuse it on its own.
const isAction = (request: Request) => request.method() === "POST" && !!request.headers()["next-action"];

/**
 * Aborts the page's next server-action POST, sent by `submit`, and returns it. The request is
 * handed over only once it is aborted: handed over as soon as it was sent, the route could be
 * removed before its handler ran, and the POST would reach the server and write.
 */
export async function captureAction(page: Page, submit: () => Promise<void>): Promise<Request> {
  let handOver: (request: Request) => void = () => {};
  const captured = new Promise<Request>((resolve) => (handOver = resolve));
  await page.route("**/*", async (route, request) => {
    if (!isAction(request)) return route.continue();
    await route.abort();
    handOver(request);
  });
  await submit();
  const request = await captured;
  await page.unroute("**/*");
  return request;
}

/**
 * Captures every server-action POST of a page from now on (each aborted): `next()` waits for
 * the next one. For a test that captures several actions of one page in turn.
 */
export function captureActions(page: Page): { next: () => Promise<Request> } {
  const waiters: ((r: Request) => void)[] = [];
  void page.route("**/*", async (route, request) => {
    if (!isAction(request)) return route.continue();
    await route.abort();
    waiters.shift()?.(request);
  });
  return { next: () => new Promise<Request>((resolve) => waiters.push(resolve)) };
}

/**
 * Posts a captured action again with `context`'s session (its cookies, not the captured ones).
 * `swap` replaces every occurrence of one id in the body with another (ids travel in the body as
 * the action's bound argument).
 */
export async function replayAction(
  context: BrowserContext,
  request: Request,
  swap?: { from: string; to: string },
): Promise<APIResponse> {
  const body = request.postDataBuffer();
  let data = body ?? undefined;
  if (swap) {
    if (!body) throw new Error("the captured request has no body");
    const text = body.toString("latin1");
    expect(text).toContain(swap.from);
    data = Buffer.from(text.split(swap.from).join(swap.to), "latin1");
  }
  const headers = { ...request.headers() };
  delete headers.cookie;
  return context.request.post(request.url(), { headers, data, maxRedirects: 0 });
}

/** Replays a captured action with `context`'s session and expects the refusal: no write, no redirect. */
export async function expectReplayRefused(
  context: BrowserContext,
  request: Request,
  swap?: { from: string; to: string },
): Promise<void> {
  const response = await replayAction(context, request, swap);
  expect(await response.text()).toContain("FORBIDDEN");
  expect(response.headers()["x-action-redirect"]).toBeUndefined();
}
