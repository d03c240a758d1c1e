import type { Ctx } from "../context";
import { ResultError } from "../result";
import { parseSearchQuery, type SearchChoice } from "./choices";

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "private, no-store" },
  });

/** The answer of a JSON read for a form or a field: 400 for bad input, 403 when the policy refuses. */
export async function jsonReadResponse(read: (() => Promise<unknown>) | null): Promise<Response> {
  if (read === null) return json(400, { error: "BAD_REQUEST" });
  try {
    return json(200, await read());
  } catch (error) {
    if (error instanceof ResultError && error.failure.code === "FORBIDDEN") {
      return json(403, { error: "FORBIDDEN" });
    }
    throw error;
  }
}

/**
 * The answer of a search route handler (app/api/buscar/*): `?q=` validated, the lib/ search
 * run (it checks the policy), `{ results }` as JSON; 400 for an invalid query, 403 when the
 * policy refuses.
 */
export async function searchResponse(
  ctx: Ctx,
  request: Request,
  search: (ctx: Ctx, query: string) => Promise<SearchChoice[]>,
): Promise<Response> {
  const query = parseSearchQuery(new URL(request.url));
  return jsonReadResponse(query === null ? null : async () => ({ results: await search(ctx, query) }));
}
