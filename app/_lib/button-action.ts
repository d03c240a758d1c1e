import { redirect } from "next/navigation";
import { actionCtx } from "@/lib/auth/context";
import type { Ctx } from "@/lib/context";
import type { Result } from "@/lib/result";
import { revalidate, type Revalidation } from "./form-action";

/**
 * A button's server action (a form with no fields to give back): the session is read again,
 * the command runs, the pages are refreshed, and the outcome comes back to `page` as
 * `?estado=<done>` or `?estado=error&codigo=<code>` (then `#hash`) for the page to show.
 */
export async function buttonAction<T>({
  run,
  revalidate: paths,
  page,
  done,
  hash = "",
}: {
  run: (ctx: Ctx) => Promise<Result<T>>;
  revalidate: readonly Revalidation[];
  page: string;
  done: string;
  hash?: string;
}): Promise<never> {
  const ctx = await actionCtx();
  const result = ctx ? await run(ctx) : null;
  revalidate(paths);
  const code = result ? (result.ok ? null : result.code) : "UNAUTHENTICATED";
  redirect(`${page}?${code ? `estado=error&codigo=${code}` : `estado=${done}`}${hash}`);
}
