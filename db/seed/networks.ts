// The networks of networks.json with every fact it gives (membership, bodies as a tree with
// their cadence, the seats the city has held and their terms), plus a few demo seats whose
// terms are placed relative to today so that "terms ending soon" always has something to show.
import type { SeatKind, TermStatus } from "@/db/schema";
import type { SeedContext } from "./context";
import { addDays, daysBetween, fromPartialDate, isoDate, parts } from "./dates";
import { placesOf } from "./places";
import { NETWORKS_FILE, type NetworkSource, type SeatSource } from "./source";
import { cadenceOf, es } from "./spanish";

/** Short Spanish profiles for the directory (the JSON has facts, not prose). */
const DESCRIPTIONS: Record<string, string> = {
  mercociudades:
    "Red de gobiernos locales de América del Sur creada en 1995 para que las ciudades participen en el proceso de integración del Mercosur.",
  ucci: "Asociación de ciudades capitales de Iberoamérica que promueve la cooperación y el intercambio entre sus gobiernos.",
  cglu: "Organización mundial que representa a los gobiernos locales y regionales ante la comunidad internacional.",
  metropolis: "Asociación mundial de grandes metrópolis dedicada a la gobernanza metropolitana.",
  c40: "Red de grandes ciudades del mundo comprometidas con la acción climática.",
  iclei: "Red mundial de gobiernos locales y regionales comprometidos con el desarrollo urbano sostenible.",
  gcom: "Alianza mundial de ciudades que asumen compromisos voluntarios de acción climática y energética.",
  rcn: "Red mundial de ciudades que impulsa la resiliencia urbana.",
  cideu: "Red iberoamericana de ciudades que promueve la planificación estratégica urbana.",
  u20: "Grupo de afinidad de ciudades que lleva la perspectiva urbana a la agenda del G20.",
  mcr: "Iniciativa de la Oficina de las Naciones Unidas para la Reducción del Riesgo de Desastres (UNDRR) para fortalecer la resiliencia local hacia 2030.",
};

/** Demo membership fees (the JSON has none); marked as such in the membership notes. */
const FEES: Record<string, { amount: string; currency: string }> = {
  mercociudades: { amount: "6000.00", currency: "USD" },
  ucci: { amount: "15000.00", currency: "EUR" },
  iclei: { amount: "8500.00", currency: "EUR" },
  cideu: { amount: "9000.00", currency: "EUR" },
};

/** Fictitious holders of the real seats, where the rule by seat kind does not fit. */
const SEAT_HOLDERS: Record<string, string> = {
  "cglu/com-cultura": "sec-gral",
  "iclei/sa": "dir-amb",
  "cideu/cono-sur": "tec-plan",
};

interface DemoTerm {
  holder: string;
  /** Days from today. */
  starts: number;
  ends: number;
  status: TermStatus;
}

interface DemoSeat {
  network: string;
  body: string;
  title: string;
  kind: SeatKind;
  renewal: string;
  terms: (ctx: SeedContext) => DemoTerm[];
}

/**
 * Seats the JSON does not list, so that the dashboards have terms ending within 30 and 90
 * days, a seat with a history of holders, and a candidacy, whatever day the seed runs.
 */
const DEMO_SEATS: DemoSeat[] = [
  {
    network: "mercociudades",
    body: "ut-ambiente",
    title: "Coordinación de la Unidad Temática de Ambiente y Desarrollo Sostenible",
    kind: "technical",
    renewal: "Designación en la Cumbre anual, a propuesta de la unidad temática.",
    terms: () => [
      { holder: "tec-amb-2", starts: -1480, ends: -751, status: "ended" },
      { holder: "dir-amb", starts: -750, ends: 20, status: "active" },
    ],
  },
  {
    network: "mercociudades",
    body: "ut-cultura",
    title: "Subcoordinación de la Unidad Temática de Cultura",
    kind: "technical",
    renewal: "Designación anual de la unidad temática.",
    terms: () => [{ holder: "tec-cul", starts: -290, ends: 75, status: "active" }],
  },
  {
    network: "gcom",
    body: "foro-latam",
    title: "Integrante del Foro de Alcaldes de América Latina",
    kind: "political",
    renewal: "Designación por el Foro por dos años.",
    terms: () => [{ holder: "jefe", starts: -500, ends: 230, status: "active" }],
  },
  {
    network: "mercociudades",
    body: "direccion",
    title: "Vicepresidencia de Ambiente y Desarrollo Sostenible",
    kind: "political",
    renewal: "Elección en la Cumbre anual.",
    // A candidacy for the term that would start at the next Summit (1 December).
    terms: (ctx) => {
      const { year } = parts(ctx.today);
      let starts = isoDate(year, 12, 1);
      if (starts <= ctx.today) starts = isoDate(year + 1, 12, 1);
      const offset = daysBetween(ctx.today, starts);
      return [{ holder: "jefe", starts: offset, ends: offset + 364, status: "candidate" }];
    },
  },
];

const DEMO_NOTE = "Cargo de demostración: no surge de una fuente pública.";

export function buildNetworks(ctx: SeedContext): void {
  for (const network of NETWORKS_FILE.networks) {
    buildNetwork(ctx, network);
  }
  for (const network of NETWORKS_FILE.networks) {
    for (const seat of network.seats) buildRealSeat(ctx, network, seat);
  }
  for (const seat of DEMO_SEATS) buildDemoSeat(ctx, seat);
}

function buildNetwork(ctx: SeedContext, network: NetworkSource): void {
  const id = ctx.newId();
  ctx.networks.set(network.key, { id, source: network, homeTimeZone: placesOf(network.key).home.timeZone });

  const fee = FEES[network.key];
  const membershipNotes = [
    network.membership.note ? es(network.membership.note) : null,
    network.membership.estimated ? "Fecha de ingreso estimada." : null,
    fee ? "Cuota anual: importe de demostración." : null,
    `Fuente: ${network.membership.source}`,
  ];
  const description = [DESCRIPTIONS[network.key] ?? null, network.note ? es(network.note) : null];

  ctx.rows.networks.push({
    id,
    name: network.name,
    acronym: network.acronym,
    kind: network.kind,
    scope: network.scope,
    description: joinLines(description, " "),
    website: network.website,
    headquarters: network.headquarters ?? null,
    foundedYear: network.founded ?? null,
    languages: network.languages,
    membershipStatus: network.membership.status,
    memberSince: network.membership.since ? fromPartialDate(network.membership.since, "start") : null,
    annualFee: fee?.amount ?? null,
    feeCurrency: fee?.currency ?? null,
    membershipNotes: joinLines(membershipNotes, "\n"),
    // The area's coordinators split the directory: regional networks and the rest.
    focalPersonId: ctx.person(network.kind === "regional" ? "coord-1" : "coord-2").id,
  });

  for (const area of network.thematicAreas) {
    ctx.rows.networkThematicAreas.push({ networkId: id, thematicAreaId: ctx.thematicAreaId(area) });
  }

  // Ids first: a body may name as parent one listed after it.
  for (const body of network.bodies) {
    const cadence = cadenceOf(body.cadence);
    ctx.bodies.set(`${network.key}/${body.key}`, {
      id: ctx.newId(),
      networkKey: network.key,
      source: body,
      cadenceMonths: cadence?.months ?? null,
      thematicAreaId: body.thematicArea ? ctx.thematicAreaId(body.thematicArea) : null,
    });
  }
  for (const body of network.bodies) {
    const ref = ctx.body(network.key, body.key);
    const cadence = cadenceOf(body.cadence);
    ctx.rows.bodies.push({
      id: ref.id,
      networkId: id,
      parentId: body.parent ? ctx.body(network.key, body.parent).id : null,
      name: body.name,
      kind: body.kind,
      thematicAreaId: ref.thematicAreaId,
      cadenceMonths: cadence?.months ?? null,
      cadenceNote: cadence?.note ?? null,
      usualMonth: body.usualMonth ?? null,
      description: joinLines([body.note ? es(body.note) : null, `Fuente: ${body.source}`], "\n"),
    });
  }
}

function buildRealSeat(ctx: SeedContext, network: NetworkSource, seat: SeatSource): void {
  const body = ctx.body(network.key, seat.body);
  const seatId = ctx.newId();
  ctx.rows.seats.push({
    id: seatId,
    networkId: ctx.network(network.key).id,
    bodyId: body.id,
    title: seat.title,
    kind: seat.kind,
    renewal: seat.renewal ? es(seat.renewal) : null,
    notes: joinLines([seat.verify ? "Dato a verificar." : null, `Fuente: ${seat.source}`], "\n"),
  });

  const startsOn = fromPartialDate(seat.start, "start");
  const endsOn = seat.end ? fromPartialDate(seat.end, "end") : null;
  // The JSON's status is as of when it was written: a term whose end has passed has ended.
  const status: TermStatus =
    seat.status === "active" && endsOn !== null && endsOn < ctx.today ? "ended" : seat.status;
  ctx.rows.seatTerms.push({
    id: ctx.newId(),
    seatId,
    holderPersonId: ctx.person(holderOf(ctx, network.key, seat)).id,
    startsOn,
    endsOn,
    status,
    notes: seat.estimated ? "Fechas estimadas a partir de la fuente." : null,
  });
}

/** Political seats go to the head of government, executive ones to the area's director. */
function holderOf(ctx: SeedContext, networkKey: string, seat: SeatSource): string {
  const override = SEAT_HOLDERS[`${networkKey}/${seat.body}`];
  if (override) return override;
  if (seat.kind === "political") return "jefe";
  if (seat.kind === "executive") return "dir-rrmm";
  return "coord-1";
}

function buildDemoSeat(ctx: SeedContext, seat: DemoSeat): void {
  const seatId = ctx.newId();
  ctx.rows.seats.push({
    id: seatId,
    networkId: ctx.network(seat.network).id,
    bodyId: ctx.body(seat.network, seat.body).id,
    title: seat.title,
    kind: seat.kind,
    renewal: seat.renewal,
    notes: DEMO_NOTE,
  });
  for (const term of seat.terms(ctx)) {
    ctx.rows.seatTerms.push({
      id: ctx.newId(),
      seatId,
      holderPersonId: ctx.person(term.holder).id,
      startsOn: addDays(ctx.today, term.starts),
      endsOn: addDays(ctx.today, term.ends),
      status: term.status,
    });
  }
}

function joinLines(lines: (string | null)[], separator: string): string | null {
  const kept = lines.filter((line): line is string => line !== null && line !== "");
  return kept.length > 0 ? kept.join(separator) : null;
}
