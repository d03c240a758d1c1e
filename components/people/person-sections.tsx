import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import { CommitmentStatusBadge } from "@/components/commitments/badges";
import { TermStatusBadge } from "@/components/seats/term-badges";
import { Badge } from "@/components/ui/badge";
import { formatDate, formatDateTime } from "@/lib/format";
import type { DelegationEntry, HeldTerm, OwnedCommitment } from "@/lib/people/queries";

const th = "py-2 pr-4 font-semibold";
const td = "py-2 pr-4 align-top";

/** Seat terms held by a person (or a department's people: `showHolder`). */
export async function HeldTermsTable({
  terms,
  caption,
  showHolder = false,
}: {
  terms: HeldTerm[];
  caption: string;
  showHolder?: boolean;
}) {
  const format = await getFormatter();
  const t = await getTranslations("people.detail");
  const tSeats = await getTranslations("seats.columns");
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left">
            <th scope="col" className={th}>
              {t("seat")}
            </th>
            {showHolder ? (
              <th scope="col" className={th}>
                {tSeats("holder")}
              </th>
            ) : null}
            <th scope="col" className={th}>
              {t("network")}
            </th>
            <th scope="col" className={th}>
              {t("period")}
            </th>
            <th scope="col" className={th}>
              {t("status")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {terms.map((term) => (
            <tr key={term.id}>
              <td className={td}>
                <a href={`/cargos/${term.seat.id}`} className="font-semibold">
                  {term.seat.title}
                </a>
                {term.seat.archived ? (
                  <span className="ml-2">
                    <Badge>{t("archivedSeat")}</Badge>
                  </span>
                ) : null}
              </td>
              {showHolder ? (
                <td className={td}>
                  <a href={`/personas/${term.holder.id}`}>{term.holder.name}</a>
                </td>
              ) : null}
              <td className={td}>
                <a href={`/redes/${term.network.id}`}>{term.network.name}</a>
                {term.body ? <span className="block text-xs text-muted">{term.body}</span> : null}
              </td>
              <td className={`${td} whitespace-nowrap`}>
                {formatDate(format, term.startsOn)} –{" "}
                {term.endsOn ? formatDate(format, term.endsOn) : t("openEnd")}
              </td>
              <td className={td}>
                <TermStatusBadge status={term.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The meetings a person was in the delegation of. */
export async function DelegationsTable({
  entries,
  caption,
}: {
  entries: DelegationEntry[];
  caption: string;
}) {
  const format = await getFormatter();
  const t = await getTranslations("people.detail");
  const tEnum = await getTranslations("enums");
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left">
            <th scope="col" className={th}>
              {t("meeting")}
            </th>
            <th scope="col" className={th}>
              {t("date")}
            </th>
            <th scope="col" className={th}>
              {t("role")}
            </th>
            <th scope="col" className={th}>
              {t("attendance")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {entries.map((e) => (
            <tr key={e.id}>
              <td className={td}>
                <a href={`/reuniones/${e.meeting.id}`} className="font-semibold">
                  {e.meeting.title}
                </a>
                <span className="block text-xs text-muted">{e.network.name}</span>
              </td>
              <td className={`${td} whitespace-nowrap`}>
                <time dateTime={e.meeting.startsAt.toISOString()}>
                  {formatDateTime(format, e.meeting.startsAt).slice(0, 10)}
                </time>
              </td>
              <td className={td}>{tEnum(`delegationRole.${e.role}`)}</td>
              <td className={td}>{tEnum(`attendanceStatus.${e.attendance}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Commitments owned by a person (or a department's: `showOwner`). */
export async function CommitmentsTable({
  items,
  caption,
  showOwner = false,
}: {
  items: OwnedCommitment[];
  caption: string;
  showOwner?: boolean;
}) {
  const format = await getFormatter();
  const t = await getTranslations("people.detail");
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left">
            <th scope="col" className={th}>
              {t("commitment")}
            </th>
            {showOwner ? (
              <th scope="col" className={th}>
                {t("owner")}
              </th>
            ) : null}
            <th scope="col" className={th}>
              {t("dueOn")}
            </th>
            <th scope="col" className={th}>
              {t("status")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((c) => (
            <tr key={c.id}>
              <td className={td}>
                <a href={`/compromisos/${c.id}`} className="font-semibold">
                  {c.title}
                </a>
                <span className="block text-xs text-muted">{c.network.name}</span>
              </td>
              {showOwner ? (
                <td className={td}>
                  <a href={`/personas/${c.owner.id}`}>{c.owner.name}</a>
                </td>
              ) : null}
              <td className={`${td} whitespace-nowrap`}>
                {c.dueOn ? formatDate(format, c.dueOn) : t("noDue")}
              </td>
              <td className={td}>
                <span className="flex flex-wrap gap-1">
                  <CommitmentStatusBadge status={c.status} />
                  {c.overdue ? <Badge tone="red">{t("overdue")}</Badge> : null}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
