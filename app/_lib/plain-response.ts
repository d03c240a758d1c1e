/**
 * A route handler's short answer in words (a refusal, a record not found): plain text, never
 * cached, since it depends on who asks.
 */
export const plainResponse = (status: number, text: string) =>
  new Response(`${text}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store" },
  });
