import { titleFrom } from "@/app/_lib/page-title";
import { getTranslations } from "@/lib/i18n/translations";
import { Alert } from "@/components/ui/alert";
import { Flash } from "@/components/ui/flash";
import { PageHeader } from "@/components/ui/page-header";
import { cardAnchor, type CardNotice } from "@/components/participation/card-notice";
import { requireCtx } from "@/lib/auth/context";
import { todayInBuenosAires } from "@/lib/dates";
import { myParticipation } from "@/lib/participation/queries";
import { MyAssignments } from "./my-assignments";
import { MyCommitments } from "./my-commitments";
import { MyMeetings } from "./my-meetings";

type Props = { searchParams: Promise<{ estado?: string | string[]; en?: string | string[] }> };

const FLASH = [
  "novedad-registrada",
  "asistencia-confirmada",
  "asistencia-declinada",
  "compromiso-actualizado",
] as const;
type FlashKey = (typeof FLASH)[number];

export const generateMetadata = titleFrom(() => getTranslations("participation"), "title");

/**
 * Technical staff's start page (lib/navigation.ts): their assignments, upcoming meetings and
 * commitments — the commitments first when any is overdue — with links to each part. A save
 * returns to the card it came from (`?en=<card>`), whose confirmation takes the focus there.
 */
export default async function MyParticipationPage({ searchParams }: Props) {
  const ctx = await requireCtx();
  const { estado, en } = await searchParams;
  const today = todayInBuenosAires();
  const mine = await myParticipation(ctx, today);
  const t = await getTranslations("participation");

  if (!mine) {
    return (
      <>
        <PageHeader title={t("title")} />
        <Alert tone="info" title={t("noPerson.title")}>
          {t("noPerson.body")}
        </Alert>
      </>
    );
  }

  const flash = typeof estado === "string" && (FLASH as readonly string[]).includes(estado) ? estado : null;
  const notice: CardNotice | null = flash
    ? { at: cardAnchor(en), text: t(`flash.${flash as FlashKey}`) }
    : null;
  const overdueFirst = mine.commitments.some((c) => c.overdue);
  const sections = [
    {
      id: "mis-asignaciones",
      label: t("assignments.title"),
      node: <MyAssignments key="a" mine={mine} today={today} notice={notice} />,
    },
    {
      id: "mis-reuniones",
      label: t("meetings.title"),
      node: <MyMeetings key="m" meetings={mine.meetings} notice={notice} />,
    },
    {
      id: "mis-compromisos",
      label: t("commitments.title"),
      node: <MyCommitments key="c" mine={mine} notice={notice} />,
    },
  ];
  // Overdue commitments are the most urgent thing on the page: they come first.
  if (overdueFirst) sections.unshift(sections.pop()!);

  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro", { person: mine.person.name, department: mine.person.department ?? "none" })}
      />
      {notice && !notice.at ? (
        <div className="mb-4">
          <Flash>{notice.text}</Flash>
        </div>
      ) : null}
      <nav aria-label={t("jump.label")} className="mb-4">
        <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>
                {s.label}
                {s.id === "mis-compromisos" && overdueFirst ? ` ${t("jump.overdue")}` : ""}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <div className="flex flex-col gap-6">{sections.map((s) => s.node)}</div>
    </>
  );
}
