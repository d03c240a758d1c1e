import "server-only";
import type { Metadata } from "next";
import { cache } from "react";
import { requireCtx } from "@/lib/auth/context";
import type { Ctx } from "@/lib/context";

/** The props of a page under a record's `[id]`. */
export type RecordPageProps = { params: Promise<{ id: string }> };

/**
 * A record page's loader and title. The page's `generateMetadata` and the page itself both need
 * the record: `load` reads it once per request (React's `cache`), with the session's context.
 * `title` gives the browser's title from the record; a page whose record is not found has none.
 *
 *   const page = recordPage(getDepartment, (department) => department.name);
 *   export const generateMetadata = page.generateMetadata;
 *   … const department = await page.load(id);
 */
export function recordPage<T>(
  get: (ctx: Ctx, id: string) => Promise<T | null | undefined>,
  title: (record: T) => string | undefined | Promise<string | undefined>,
) {
  const load = cache(async (id: string) => get(await requireCtx(), id));
  const generateMetadata = async ({ params }: RecordPageProps): Promise<Metadata> => {
    const record = await load((await params).id);
    return { title: record ? await title(record) : undefined };
  };
  return { load, generateMetadata };
}
