import { getTranslations } from "@/lib/i18n/translations";
import { shiftMonth } from "@/lib/dates";
import { CALENDAR_DEFAULTS, CALENDAR_VIEWS, type CalendarParams } from "@/lib/calendar/list-params";
import { hrefWith } from "@/lib/url";

const linkClass =
  "inline-flex min-h-10 items-center gap-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold text-brand-800 no-underline hover:bg-slate-50";

/**
 * The view switch (Mes / Agenda) and the month navigation (previous, today, next). Every link
 * keeps the filters; changing month or view starts again at the first page. Moving to another
 * month leaves a date range (?from=&to=) behind: the month is then what the user chose.
 */
export async function CalendarToolbar({ params, month }: { params: CalendarParams; month: string }) {
  const t = await getTranslations("calendar");
  const href = (changes: Record<string, unknown>) =>
    hrefWith("/calendario", params, { page: undefined, ...changes }, CALENDAR_DEFAULTS);
  const noRange = { from: undefined, to: undefined };
  return (
    <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
      <nav aria-label={t("views.label")}>
        <ul className="inline-flex overflow-hidden rounded-md border border-slate-300 bg-white">
          {CALENDAR_VIEWS.map((view) => {
            const current = params.view === view;
            return (
              <li key={view} className="border-slate-300 not-first:border-l">
                <a
                  href={href({ view })}
                  aria-current={current ? "page" : undefined}
                  className={`inline-flex min-h-10 items-center px-4 py-2 text-sm font-semibold no-underline ${
                    current ? "bg-brand-700 text-white" : "text-brand-800 hover:bg-slate-50"
                  }`}
                >
                  {t(view === "month" ? "views.month" : "views.agenda")}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      <nav aria-label={t("nav.label")}>
        <ul className="flex flex-wrap gap-2">
          <li>
            <a href={href({ month: shiftMonth(month, -1), ...noRange })} className={linkClass}>
              <span aria-hidden="true">←</span> {t("nav.previous")}
            </a>
          </li>
          <li>
            <a href={href({ month: undefined, ...noRange })} className={linkClass}>
              {t("nav.today")}
            </a>
          </li>
          <li>
            <a href={href({ month: shiftMonth(month, 1), ...noRange })} className={linkClass}>
              {t("nav.next")} <span aria-hidden="true">→</span>
            </a>
          </li>
        </ul>
      </nav>
    </div>
  );
}
