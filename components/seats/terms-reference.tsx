import { getTranslations } from "@/lib/i18n/translations";
import type { SeatTerm } from "@/lib/seats/queries";
import { TermPeriod, TermStatusBadge } from "./term-badges";

/** The seat's terms beside a term form, so dates that overlap are easy to see and fix. */
export async function TermsReference({ terms, exceptId }: { terms: SeatTerm[]; exceptId?: string }) {
  const t = await getTranslations("seats.termForm");
  const others = terms.filter((term) => term.id !== exceptId);
  if (others.length === 0) return null;
  return (
    <section
      aria-labelledby="mandatos-registrados"
      className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <h2 id="mandatos-registrados" className="text-base font-bold">
        {t("otherTerms")}
      </h2>
      <ul className="mt-2 divide-y divide-slate-100 text-sm">
        {others.map((term) => (
          <li key={term.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
            <span className="font-semibold">{term.holder.name}</span>
            <TermPeriod startsOn={term.startsOn} endsOn={term.endsOn} />
            <TermStatusBadge status={term.state} />
          </li>
        ))}
      </ul>
    </section>
  );
}
