import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import { MeetingStatusBadge } from "@/components/meetings/meeting-status-badge";
import { Badge } from "@/components/ui/badge";
import { Section } from "@/components/ui/section";
import type { Ctx } from "@/lib/context";
import { formatDate } from "@/lib/format";
import { previousMeetingOf, type PreviousMeetingResult } from "@/lib/meetings/previous";
import { instantToZoned } from "@/lib/dates";

/**
 * The previous meeting of the same body, its decisions and the commitments still open from
 * it: what a delegation reviews first. Shared by the meeting page (<PreviousMeeting>) and the
 * printable briefing pack. `headingLevel` is that of its sub-headings.
 */
export async function PreviousMeetingContent({
  result,
  headingLevel = 3,
}: {
  result: PreviousMeetingResult;
  headingLevel?: 3 | 4;
}) {
  const format = await getFormatter();
  const t = await getTranslations("briefing.previous");
  const tEnum = await getTranslations("enums");
  const Heading = `h${headingLevel}` as "h3" | "h4";
  const { body, previous } = result;
  if (!body) return <p className="text-sm text-muted">{t("noBody")}</p>;
  if (!previous) return <p className="text-sm text-muted">{t("none", { body: body.name })}</p>;
  const date = formatDate(format, instantToZoned(previous.startsAt, previous.timeZone).date);
  const place =
    previous.mode === "online"
      ? tEnum("meetingMode.online")
      : [previous.city, previous.country].filter(Boolean).join(", ");

  return (
    <div className="flex flex-col gap-4 text-sm">
      <div>
        <p className="text-muted">{t("intro", { body: body.name })}</p>
        <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1">
          <a href={`/reuniones/${previous.id}`} className="font-semibold">
            {previous.title}
          </a>
          <span>{[date, place].filter(Boolean).join(" · ")}</span>
          <MeetingStatusBadge status={previous.status} />
        </p>
        {previous.status !== "held" ? <p className="mt-1 text-muted">{t("notMarkedHeld")}</p> : null}
      </div>
      <div className="grid gap-4 md:grid-cols-2 print:grid-cols-1">
        <div>
          <Heading className="mb-1 font-semibold">{t("decisions")}</Heading>
          {previous.decisions.length === 0 ? (
            <p className="text-muted">{t("noDecisions")}</p>
          ) : (
            <ol className="list-decimal space-y-1 pl-5">
              {previous.decisions.map((d) => (
                <li key={d.id}>{d.text}</li>
              ))}
            </ol>
          )}
        </div>
        <div>
          <Heading className="mb-1 font-semibold">{t("openCommitments")}</Heading>
          {previous.openCommitments.length === 0 ? (
            <p className="text-muted">{t("noOpenCommitments")}</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {previous.openCommitments.map((c) => (
                <li key={c.id} className="flex flex-wrap items-baseline justify-between gap-2 py-1.5">
                  <span>
                    <span className="font-medium">{c.title}</span>
                    <span className="block text-xs text-muted">
                      {t("owner", { owner: c.department ? `${c.owner} (${c.department})` : c.owner })}
                    </span>
                  </span>
                  <span className="flex items-center gap-2 whitespace-nowrap">
                    <span className={c.overdue ? "font-semibold text-red-800" : "text-muted"}>
                      {c.dueOn
                        ? t(c.overdue ? "dueOnPast" : "dueOn", { date: formatDate(format, c.dueOn) })
                        : t("noDue")}
                    </span>
                    {c.overdue ? (
                      <Badge tone="red">{t("overdue")}</Badge>
                    ) : (
                      <Badge>{tEnum(`commitmentStatus.${c.status}`)}</Badge>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}

/**
 * For the meeting page: a section (id "anterior") with the previous meeting of the same body.
 * Renders nothing when the meeting does not exist.
 */
export async function PreviousMeeting({ ctx, meetingId }: { ctx: Ctx; meetingId: string }) {
  const result = await previousMeetingOf(ctx, meetingId);
  if (!result) return null;
  const t = await getTranslations("briefing.previous");
  return (
    <Section id="anterior" title={t("title")}>
      <PreviousMeetingContent result={result} />
    </Section>
  );
}
