import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can, type PolicyAction } from "@/lib/auth/policy";
import type { Ctx } from "@/lib/context";

/** The props of a page under a record's `[id]`. */
export type RecordPageProps = { params: Promise<{ id: string }> };

/** The props of a record's own page: its id, and `?estado=`, the confirmation of what was just done. */
export type RecordViewProps = RecordPageProps & { searchParams: Promise<{ estado?: string }> };

/**
 * A record page's loader and title. The page's `generateMetadata` and the page itself both need
 * the record: `load` reads it once per request (React's `cache`), with the session's context.
 * `title` gives the browser's title from the record; a page whose record is not found has none.
 *
 *   const page = recordPage(getDepartment, (department) => department.name);
 *   export const generateMetadata = page.generateMetadata;
 *   … const { ctx, record: department } = await page.read({ params });
 */
export function recordPage<T>(
  get: (ctx: Ctx, id: string) => Promise<T | null | undefined>,
  title: (record: T) => string | undefined | Promise<string | undefined>,
) {
  const cached = cache(async (id: string) => get(await requireCtx(), id));
  // The id alone is the cache's key: a caller's further arguments (RecordFormPage passes the
  // context) would make another key, and the record would be read again.
  const load = (id: string) => cached(id);
  const generateMetadata = async ({ params }: RecordPageProps): Promise<Metadata> => {
    const record = await load((await params).id);
    return { title: record ? await title(record) : undefined };
  };
  /**
   * The record's own page: the session's context, the record (none: not found) and, given the
   * page's `searchParams`, the `?estado=` to confirm.
   */
  const read = async ({
    params,
    searchParams,
  }: RecordPageProps & Partial<Pick<RecordViewProps, "searchParams">>) => {
    const ctx = await requireCtx();
    const record = await load((await params).id);
    if (!record) notFound();
    return { ctx, record, estado: (await searchParams)?.estado };
  };
  return { load, read, generateMetadata };
}

/** A form's own words for a user who may not use it (its `forbiddenTitle` and `forbiddenBody`). */
export type ForbiddenWords = (key: "forbiddenTitle" | "forbiddenBody") => string;

/** A form's page is for whoever may `action`; anyone else is told so in the form's words. */
async function allowed(action: PolicyAction, forbidden: ForbiddenWords) {
  const ctx = await requireCtx();
  if (can(ctx.actor, action)) return { ctx };
  return { refusal: <Forbidden title={forbidden("forbiddenTitle")} body={forbidden("forbiddenBody")} /> };
}

/**
 * A page that creates a record: the user must be allowed to `action`, else the page says so in
 * the form's words (`forbidden`). It shows the page's header (`title`, `intro`), then what
 * `children` renders with the session's context (the form).
 */
export async function NewRecordPage({
  action,
  forbidden,
  title,
  intro,
  children,
}: {
  action: PolicyAction;
  forbidden: ForbiddenWords;
  title: string;
  intro?: string;
  children: (ctx: Ctx) => ReactNode | Promise<ReactNode>;
}) {
  const { ctx, refusal } = await allowed(action, forbidden);
  if (!ctx) return refusal;
  return (
    <>
      <PageHeader title={title} intro={intro} />
      {await children(ctx)}
    </>
  );
}

/**
 * A page that changes one record (its edit form, a form under it). The user must be allowed
 * to `action`, else the page says so in the form's words (`forbidden`); the record must exist,
 * else the page is not found. `children` renders the page for the record. `load` is called with
 * the id and the context: a loader cached per request (React's `cache`) must be called with the
 * id alone, as `recordPage`'s `load` is, or it reads the record again.
 */
export async function RecordFormPage<T>({
  params,
  action,
  load,
  forbidden,
  children,
}: RecordPageProps & {
  action: PolicyAction;
  load: (id: string, ctx: Ctx) => Promise<T | null | undefined>;
  forbidden: ForbiddenWords;
  children: (record: T, ctx: Ctx) => ReactNode | Promise<ReactNode>;
}) {
  const { id } = await params;
  const { ctx, refusal } = await allowed(action, forbidden);
  if (!ctx) return refusal;
  const record = await load(id, ctx);
  if (!record) notFound();
  return <>{await children(record, ctx)}</>;
}
