// Spanish (Argentina) wording for the English notes of data/networks.json. The reference
// file keeps its sources' wording; the app shows Spanish, so every note the seed stores goes
// through `es()`, which fails loudly when a new English note has no translation yet.

const NOTES: Record<string, string> = {
  // Networks and memberships
  "Successor of 100 Resilient Cities (renamed at WUF10, Feb 2020)":
    "Sucesora de 100 Ciudades Resilientes (renombrada en el WUF10, febrero de 2020).",
  "Founding member; founding act signed in Asunción, Nov 1995":
    "Miembro fundador; el acta fundacional se firmó en Asunción en noviembre de 1995.",
  "Listed member in 2008; 29 capital cities":
    "Figura como miembro en 2008; la red reúne 29 ciudades capitales.",
  "Joined 100 Resilient Cities in May 2016": "Se incorporó a 100 Ciudades Resilientes en mayo de 2016.",
  "Co-founded with Paris; launched 13 Dec 2017":
    "Cofundadora junto con París; la red se lanzó el 13 de diciembre de 2017.",
  // Bodies
  "Approves the work plan, new members and authorities at the annual Summit (late Nov / early Dec)":
    "Aprueba el plan de trabajo, los nuevos miembros y las autoridades en la Cumbre anual (fines de noviembre o principios de diciembre).",
  "Top body between assemblies; up to 8 cities per country":
    "Máximo órgano entre asambleas; hasta 8 ciudades por país.",
  "Presidencia, Comisión Directiva, vicepresidencias temáticas":
    "Integrada por la Presidencia, la Comisión Directiva y las vicepresidencias temáticas.",
  Montevideo: "Con sede en Montevideo.",
  Madrid: "Con sede en Madrid.",
  "Rotates across four sub-regions": "Su sede rota entre cuatro subregiones.",
  "Madrid plus one rotating city": "Madrid y una ciudad que rota en cada período.",
  "About 115 members": "Alrededor de 115 integrantes.",
  "28 members": "28 integrantes.",
  "Rotating; 16 mayors in 2022": "Integración rotativa; 16 alcaldes e intendentes en 2022.",
  "São Paulo since 2011": "Con sede en São Paulo desde 2011.",
  "13 mayors; its chair sits on the Global Board":
    "13 alcaldes e intendentes; su presidencia integra el Consejo Global.",
  "Follows the G20 presidency": "Acompaña la presidencia rotativa del G20.",
  // Seat renewal
  "Elected at the General Assembly": "Elección en la Asamblea General.",
  "Elected by the General Assembly for the biennium": "Elección por la Asamblea General para el bienio.",
  "Renewed by the General Assembly": "Renovación por la Asamblea General.",
};

export function es(text: string): string {
  const spanish = NOTES[text];
  if (spanish === undefined)
    throw new Error(`Demo seed: no Spanish wording for "${text}" (db/seed/spanish.ts)`);
  return spanish;
}

export interface Cadence {
  /** Months between ordinary meetings; null when irregular or not a meeting cadence. */
  months: number | null;
  /** The cadence as the network states it, in Spanish, for display. */
  note: string;
}

/**
 * The cadence texts of networks.json. "2-3 times a year" becomes every 6 months: the
 * generated tentative meetings are placeholders a coordinator confirms, so the seed errs on
 * the side of fewer of them. "Several times a year" has no usable period and stays irregular.
 */
const CADENCES: Record<string, Cadence> = {
  yearly: { months: 12, note: "anual" },
  "every 6 months": { months: 6, note: "cada 6 meses" },
  "every 2 years": { months: 24, note: "cada 2 años" },
  "every 3 years": { months: 36, note: "cada 3 años" },
  "2-3 times a year": { months: 6, note: "2 o 3 veces por año" },
  "several times a year": { months: null, note: "varias veces por año (irregular)" },
  irregular: { months: null, note: "irregular" },
  "yearly term": { months: null, note: "mandato anual (sin reuniones propias)" },
};

export function cadenceOf(text: string | undefined): Cadence | null {
  if (text === undefined) return null;
  const cadence = CADENCES[text];
  if (!cadence) throw new Error(`Demo seed: unknown cadence "${text}" (db/seed/spanish.ts)`);
  return cadence;
}

export const MONTH_NAMES = [
  "enero",
  "febrero",
  "marzo",
  "abril",
  "mayo",
  "junio",
  "julio",
  "agosto",
  "septiembre",
  "octubre",
  "noviembre",
  "diciembre",
] as const;

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

/** "Martín Iriarte" → "martin.iriarte": e-mail local parts without accents or spaces. */
export function emailLocalPart(fullName: string): string {
  return fullName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z\s-]/g, "")
    .trim()
    .split(/\s+/)
    .join(".");
}
