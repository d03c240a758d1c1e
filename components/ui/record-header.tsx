import type { ReactNode } from "react";
import { Flash } from "./flash";
import { PageHeader } from "./page-header";

/**
 * The top of a record page: the link back to its list, the title with what qualifies it and
 * the page's actions, and the confirmation of what the user just did. `state` is the page's
 * `?estado=` after a redirect ("guardada"); `flashes` holds the message of each state the page
 * confirms, and any other state shows nothing. `children` are the notices that follow (an
 * archived record's, an error's).
 */
export function RecordHeader({
  back,
  title,
  intro,
  actions,
  state,
  flashes = {},
  children,
}: {
  /** The list the record belongs to; a page with a breadcrumb instead leaves it out. */
  back?: { href: string; label: string };
  title: string;
  intro?: ReactNode;
  actions?: ReactNode;
  state?: string;
  flashes?: Record<string, string>;
  children?: ReactNode;
}) {
  const flash = state && Object.hasOwn(flashes, state) ? flashes[state] : null;
  return (
    <>
      {back ? (
        <p className="no-print mb-2 text-sm">
          <a href={back.href}>← {back.label}</a>
        </p>
      ) : null}
      <PageHeader title={title} intro={intro} actions={actions} />
      {flash ? (
        <div className="mb-4">
          <Flash>{flash}</Flash>
        </div>
      ) : null}
      {children}
    </>
  );
}
