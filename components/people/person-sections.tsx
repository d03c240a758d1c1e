import { CommitmentStatusBadge } from "@/components/commitments/badges";
import { columnsOf } from "@/components/data-table/columns";
import { TermStatusBadge } from "@/components/seats/term-badges";
import { Badge } from "@/components/ui/badge";
import { SectionTable } from "@/components/ui/section-table";
import { formatDate, formatDateTime } from "@/lib/format";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import type { DelegationEntry, HeldTerm, OwnedCommitment } from "@/lib/people/queries";

// The lists on a person's (or a department's) page: small, not sortable, no column menu; an
// empty one says so (`empty`).

const termCol = columnsOf<HeldTerm>();

/** Seat terms held by a person (or a department's people: `showHolder`). */
export async function HeldTermsTable({
  terms,
  caption,
  empty,
  showHolder = false,
}: {
  terms: HeldTerm[];
  caption: string;
  empty: string;
  showHolder?: boolean;
}) {
  const t = await getTranslations("people.detail");
  const format = await getFormatter();
  const tSeats = await getTranslations("seats.columns");
  const columns = [
    termCol.accessor("seat", {
      meta: { label: t("seat") },
      cell: ({ row: { original: term } }) => (
        <>
          <a href={`/cargos/${term.seat.id}`} className="font-semibold">
            {term.seat.title}
          </a>
          {term.seat.archived ? (
            <span className="ml-2">
              <Badge>{t("archivedSeat")}</Badge>
            </span>
          ) : null}
        </>
      ),
    }),
    ...(showHolder
      ? [
          termCol.accessor("holder", {
            meta: { label: tSeats("holder") },
            cell: (info) => <a href={`/personas/${info.getValue().id}`}>{info.getValue().name}</a>,
          }),
        ]
      : []),
    termCol.accessor("network", {
      meta: { label: t("network") },
      cell: ({ row: { original: term } }) => (
        <>
          <a href={`/redes/${term.network.id}`}>{term.network.name}</a>
          {term.body ? <span className="block text-xs text-muted">{term.body}</span> : null}
        </>
      ),
    }),
    termCol.accessor("startsOn", {
      meta: { label: t("period") },
      cell: ({ row: { original: term } }) => (
        <span className="whitespace-nowrap">
          {formatDate(format, term.startsOn)} – {term.endsOn ? formatDate(format, term.endsOn) : t("openEnd")}
        </span>
      ),
    }),
    termCol.accessor("status", {
      meta: { label: t("status") },
      cell: (info) => <TermStatusBadge status={info.getValue()} />,
    }),
  ];
  return <SectionTable caption={caption} columns={columns} rows={terms} empty={empty} />;
}

const delegationCol = columnsOf<DelegationEntry>();

/** The meetings a person was in the delegation of. */
export async function DelegationsTable({
  entries,
  caption,
  empty,
}: {
  entries: DelegationEntry[];
  caption: string;
  empty: string;
}) {
  const t = await getTranslations("people.detail");
  const format = await getFormatter();
  const tEnum = await getTranslations("enums");
  const columns = [
    delegationCol.accessor("meeting", {
      meta: { label: t("meeting") },
      cell: ({ row: { original: e } }) => (
        <>
          <a href={`/reuniones/${e.meeting.id}`} className="font-semibold">
            {e.meeting.title}
          </a>
          <span className="block text-xs text-muted">{e.network.name}</span>
        </>
      ),
    }),
    delegationCol.display({
      id: "date",
      meta: { label: t("date") },
      cell: ({ row: { original: e } }) => (
        <time dateTime={e.meeting.startsAt.toISOString()} className="whitespace-nowrap">
          {formatDateTime(format, e.meeting.startsAt).slice(0, 10)}
        </time>
      ),
    }),
    delegationCol.accessor("role", {
      meta: { label: t("role") },
      cell: (info) => tEnum(`delegationRole.${info.getValue()}`),
    }),
    delegationCol.accessor("attendance", {
      meta: { label: t("attendance") },
      cell: (info) => tEnum(`attendanceStatus.${info.getValue()}`),
    }),
  ];
  return <SectionTable caption={caption} columns={columns} rows={entries} empty={empty} />;
}

const commitmentCol = columnsOf<OwnedCommitment>();

/** Commitments owned by a person (or a department's: `showOwner`). */
export async function CommitmentsTable({
  items,
  caption,
  empty,
  showOwner = false,
}: {
  items: OwnedCommitment[];
  caption: string;
  empty: string;
  showOwner?: boolean;
}) {
  const t = await getTranslations("people.detail");
  const format = await getFormatter();
  const columns = [
    commitmentCol.accessor("title", {
      meta: { label: t("commitment") },
      cell: ({ row: { original: c } }) => (
        <>
          <a href={`/compromisos/${c.id}`} className="font-semibold">
            {c.title}
          </a>
          <span className="block text-xs text-muted">{c.network.name}</span>
        </>
      ),
    }),
    ...(showOwner
      ? [
          commitmentCol.accessor("owner", {
            meta: { label: t("owner") },
            cell: (info) => <a href={`/personas/${info.getValue().id}`}>{info.getValue().name}</a>,
          }),
        ]
      : []),
    commitmentCol.accessor("dueOn", {
      meta: { label: t("dueOn") },
      cell: (info) => (
        <span className="whitespace-nowrap">
          {info.getValue() ? formatDate(format, info.getValue()!) : t("noDue")}
        </span>
      ),
    }),
    commitmentCol.accessor("status", {
      meta: { label: t("status") },
      cell: ({ row: { original: c } }) => (
        <span className="flex flex-wrap gap-1">
          <CommitmentStatusBadge status={c.status} />
          {c.overdue ? <Badge tone="red">{t("overdue")}</Badge> : null}
        </span>
      ),
    }),
  ];
  return <SectionTable caption={caption} columns={columns} rows={items} empty={empty} />;
}
