import { titleFrom } from "@/app/_lib/page-title";
import { getTranslations } from "@/lib/i18n/translations";
import { Alert } from "@/components/ui/alert";
import { Flash } from "@/components/ui/flash";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { todayInBuenosAires } from "@/lib/dates";
import { myParticipation } from "@/lib/participation/queries";
import { MyAssignments } from "./my-assignments";
import { MyCommitments } from "./my-commitments";
import { MyMeetings } from "./my-meetings";

type Props = { searchParams: Promise<{ estado?: string | string[] }> };

const FLASH = [
  "novedad-registrada",
  "asistencia-confirmada",
  "asistencia-declinada",
  "compromiso-actualizado",
] as const;
type FlashKey = (typeof FLASH)[number];

export const generateMetadata = titleFrom(() => getTranslations("participation"), "title");

export default async function MyParticipationPage({ searchParams }: Props) {
  const ctx = await requireCtx();
  const { estado } = await searchParams;
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

  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro", { person: mine.person.name, department: mine.person.department ?? "none" })}
      />
      {flash ? (
        <div className="mb-4">
          <Flash>{t(`flash.${flash as FlashKey}`)}</Flash>
        </div>
      ) : null}

      <div className="flex flex-col gap-6">
        <MyAssignments mine={mine} today={today} />
        <MyMeetings meetings={mine.meetings} />
        <MyCommitments mine={mine} />
      </div>
    </>
  );
}
