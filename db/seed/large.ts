// The large datasets (`npm run db:seed -- --scale large|ci`): the demo data (so the demo
// accounts exist and work) plus years of generated activity around it, for measuring
// performance. Rows are generated inside the database with INSERT … SELECT over
// generate_series, in batches: nothing is held in memory, it runs the same on PGlite and on
// PostgreSQL, and it is deterministic — every generated id is md5("large:<kind>:<n>") and
// every choice is a fixed hash of the row number, so two databases seeded on the same day
// hold the same generated rows (only the demo rows' uuids and creation timestamps differ).
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { auditEvents } from "@/db/schema";
import { todayInBuenosAires } from "./dates";
import { seedDemo } from "./demo";
import { AGENDA, COMMITMENTS, DECISIONS, MINUTE_POINTS, UPDATE_TEXTS, withArea } from "./texts";

export const SCALES = {
  /** About ten years of the area's activity. */
  large: {
    networks: 300,
    bodiesPerNetwork: 10,
    seats: 8_000,
    meetings: 60_000,
    delegationMembers: 400_000,
    agendaItems: 150_000,
    decisions: 40_000,
    commitments: 120_000,
    departments: 200,
    people: 12_000,
    users: 2_000,
    assignments: 60_000,
    participationUpdates: 500_000,
    auditEvents: 2_000_000,
  },
  /**
   * For CI's query-plan test: the directory-sized tables (networks, bodies, seats, people,
   * departments, users) at full size, the activity tables at a tenth — large enough that an
   * unindexed filter or sort reads thousands of rows and the planner prefers the indexes.
   */
  ci: {
    networks: 300,
    bodiesPerNetwork: 10,
    seats: 8_000,
    meetings: 6_000,
    delegationMembers: 40_000,
    agendaItems: 15_000,
    decisions: 4_000,
    commitments: 12_000,
    departments: 200,
    people: 12_000,
    users: 2_000,
    assignments: 6_000,
    participationUpdates: 50_000,
    auditEvents: 200_000,
  },
} as const;

export type ScaleName = keyof typeof SCALES;
export type ScaleSizes = { [K in keyof (typeof SCALES)["large"]]: number };

export function isScaleName(value: string): value is ScaleName {
  return Object.hasOwn(SCALES, value);
}

/** Rows per INSERT … SELECT on the biggest tables (keeps each statement and its WAL modest). */
const BATCH = 250_000;

export interface LargeSeedResult {
  seeded: boolean;
  message: string;
  counts?: Record<string, number>;
}

// ── Word lists (Spanish, Argentina) ────────────────────────────────────────────────────────

const FIRST_NAMES = [
  "Ana",
  "Martín",
  "Lucía",
  "Santiago",
  "Valentina",
  "Mateo",
  "Camila",
  "Juan",
  "Sofía",
  "Tomás",
  "Florencia",
  "Nicolás",
  "Julieta",
  "Facundo",
  "Agustina",
  "Diego",
  "Carolina",
  "Pablo",
  "Mariana",
  "Federico",
  "Paula",
  "Gonzalo",
  "Romina",
  "Matías",
  "Victoria",
  "Joaquín",
  "Micaela",
  "Ignacio",
  "Luciana",
  "Sebastián",
  "Belén",
  "Hernán",
  "Natalia",
  "Ezequiel",
  "Daniela",
  "Lautaro",
  "Rocío",
  "Andrés",
  "Cecilia",
  "Leandro",
];
const LAST_NAMES = [
  "González",
  "Rodríguez",
  "Gómez",
  "Fernández",
  "López",
  "Díaz",
  "Martínez",
  "Pérez",
  "García",
  "Sánchez",
  "Romero",
  "Sosa",
  "Álvarez",
  "Torres",
  "Ruiz",
  "Ramírez",
  "Flores",
  "Acosta",
  "Benítez",
  "Medina",
  "Suárez",
  "Herrera",
  "Aguirre",
  "Pereyra",
  "Gutiérrez",
  "Giménez",
  "Molina",
  "Silva",
  "Castro",
  "Rojas",
  "Ortiz",
  "Núñez",
  "Luna",
  "Juárez",
  "Cabrera",
  "Ríos",
  "Ferreyra",
  "Godoy",
  "Morales",
  "Domínguez",
  "Iriarte",
  "Quiroga",
  "Vega",
  "Méndez",
  "Paz",
];
const POSITIONS = [
  "Analista",
  "Coordinadora técnica",
  "Coordinador técnico",
  "Asesora",
  "Asesor",
  "Especialista",
  "Gerente operativa",
  "Gerente operativo",
  "Directora general",
  "Director general",
  "Consultora",
  "Consultor",
  "Responsable de proyectos",
];
const DEPARTMENT_KINDS = [
  "Dirección General de",
  "Gerencia Operativa de",
  "Subgerencia de",
  "Unidad de Proyectos Especiales de",
  "Coordinación de",
];
const DEPARTMENT_TOPICS = [
  "Movilidad Sustentable",
  "Espacio Público",
  "Infraestructura Escolar",
  "Salud Comunitaria",
  "Empleo",
  "Industrias Creativas",
  "Comercio Exterior",
  "Datos Abiertos",
  "Innovación Pública",
  "Cambio Climático",
  "Residuos Urbanos",
  "Eficiencia Energética",
  "Vivienda",
  "Integración Barrial",
  "Patrimonio",
  "Museos",
  "Bibliotecas",
  "Deportes",
  "Adultos Mayores",
  "Niñez",
  "Diversidad",
  "Derechos Humanos",
  "Atención Ciudadana",
  "Transformación Digital",
  "Presupuesto",
  "Compras",
  "Relaciones Institucionales",
  "Comunicación",
  "Planeamiento Urbano",
  "Tránsito",
  "Emergencias",
  "Prevención del Delito",
  "Economía Social",
  "Emprendedores",
  "Promoción Turística",
  "Eventos Internacionales",
  "Cooperación Descentralizada",
  "Estadística",
  "Legal y Técnica",
  "Capacitación",
];
const NETWORK_PREFIXES = [
  "Red",
  "Federación",
  "Alianza",
  "Coalición",
  "Asociación",
  "Unión",
  "Plataforma",
  "Conferencia",
];
const NETWORK_QUALIFIERS = [
  "Iberoamericana",
  "Latinoamericana",
  "Mundial",
  "Regional",
  "Global",
  "Sudamericana",
  "Atlántica",
  "Andina",
  "Interamericana",
  "Internacional",
];
const NETWORK_TOPICS = [
  "la Sustentabilidad",
  "la Innovación",
  "la Inclusión",
  "la Cultura",
  "el Clima",
  "la Movilidad",
  "la Seguridad",
  "el Turismo",
];
const CITIES: [string, string, string][] = [
  ["Montevideo", "UY", "America/Montevideo"],
  ["Madrid", "ES", "Europe/Madrid"],
  ["Barcelona", "ES", "Europe/Madrid"],
  ["São Paulo", "BR", "America/Sao_Paulo"],
  ["Santiago", "CL", "America/Santiago"],
  ["Bogotá", "CO", "America/Bogota"],
  ["Ciudad de México", "MX", "America/Mexico_City"],
  ["Lima", "PE", "America/Lima"],
  ["Quito", "EC", "America/Guayaquil"],
  ["París", "FR", "Europe/Paris"],
  ["Lisboa", "PT", "Europe/Lisbon"],
  ["Rosario", "AR", "America/Argentina/Cordoba"],
  ["Buenos Aires", "AR", "America/Argentina/Buenos_Aires"],
  ["Nueva York", "US", "America/New_York"],
  ["Seúl", "KR", "Asia/Seoul"],
];
const BODY_SHAPES = [
  { name: "Asamblea General", kind: "assembly", meeting: "assembly", cadence: 12, parent: null },
  { name: "Consejo Directivo", kind: "council", meeting: "council", cadence: 6, parent: 0 },
  { name: "Comité Ejecutivo", kind: "executive", meeting: "executive", cadence: 6, parent: 1 },
  { name: "Secretaría Técnica", kind: "secretariat", meeting: "other", cadence: null, parent: 1 },
  { name: "Unidad Temática de", kind: "thematic_unit", meeting: "working_group", cadence: 6, parent: 1 },
  { name: "Grupo de Trabajo de", kind: "working_group", meeting: "working_group", cadence: 12, parent: 1 },
  { name: "Comisión de", kind: "committee", meeting: "webinar", cadence: 12, parent: 1 },
] as const;
const SEAT_TITLES = [
  "Presidencia",
  "Vicepresidencia",
  "Coordinación",
  "Co-coordinación",
  "Vocalía",
  "Secretaría",
  "Tesorería",
  "Miembro titular",
  "Miembro suplente",
];
const AUDIT_KINDS = [
  // [action, entity type, weight out of 20]
  ["meeting.update", "meeting", 4],
  ["agenda_item.update", "agenda_item", 2],
  ["delegation_member.attendance", "delegation_member", 2],
  ["commitment.update", "commitment", 2],
  ["commitment.progress", "commitment", 1],
  ["assignment.update", "assignment", 1],
  ["participation_update.create", "assignment", 2],
  ["network.update", "network", 1],
  ["seat.update", "seat", 1],
  ["seat_term.update", "seat_term", 1],
  ["person.update", "person", 1],
  ["auth.sign_in", "user", 2],
] as const;

// ── SQL helpers ─────────────────────────────────────────────────────────────────────────────

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
const textArray = (items: readonly string[]) => `(ARRAY[${items.map(quote).join(",")}]::text[])`;
/** Item number `index` (an SQL integer expression, taken modulo the length) of a word list. */
const pick = (items: readonly string[], index: string) =>
  `${textArray(items)}[1 + ((${index}) % ${items.length})]`;
/**
 * A fixed pseudo-random integer in [0, 999,983) from a row number (≥ 0) and a salt: two rounds
 * of multiply-and-reduce with multipliers of their own per salt, so that picks made with
 * different salts are not shifted copies of each other.
 */
const hash = (expr: string, salt: number) =>
  `(((((${expr})::bigint * ${654_435_761 + salt * 7_919} + ${salt * 40_503 + 7}) % 1000003) * ${40_503 + salt * 104_729} + ${salt}) % 999983)::int`;
/**
 * The id of generated row `expr` of a kind: md5("large:<kind>:<n>") shaped as a version-4
 * uuid (version and variant digits set), so that it passes the uuid checks of URLs and forms.
 */
const uid = (kind: string, expr: string) =>
  `overlay(overlay(md5('large:${kind}:' || (${expr})) placing '4' from 13) placing '8' from 17)::uuid`;

function flatten<T>(groups: Record<string, T[]>): T[] {
  return Object.values(groups).flat();
}

/** The generated rows, table by table, as INSERT … SELECT statements. */
function statements(s: ScaleSizes, today: string, demo: { areas: number }): { label: string; sql: string }[] {
  const T = `date '${today}'`;
  const N = s.networks;
  const B = s.networks * s.bodiesPerNetwork;
  const P = s.people;
  const U = s.users;
  const M = s.meetings;
  const A = s.assignments;
  const slots = Math.ceil(s.delegationMembers / M);
  const stride = Math.floor(P / slots);
  if (stride < 1) throw new Error("large seed: more delegation slots per meeting than people");
  if (s.assignments < B) throw new Error("large seed: fewer assignments than bodies (one focal point each)");
  const out: { label: string; sql: string }[] = [];
  const add = (label: string, text: string) => out.push({ label, sql: text });

  add(
    "reference lists",
    `CREATE TEMP TABLE seed_areas AS
       SELECT (row_number() OVER (ORDER BY lower(name)) - 1)::int AS n, id, name FROM thematic_areas`,
  );

  // Departments: up to the target count, each "kind of topic"; every fifth one heads the next four.
  add(
    "departments",
    `INSERT INTO departments (id, name, short_name, parent_id)
     SELECT ${uid("department", "i")},
            ${pick(DEPARTMENT_KINDS, "i % 5")} || ' ' || ${pick(DEPARTMENT_TOPICS, "i / 5")}
              || CASE WHEN i >= ${5 * DEPARTMENT_TOPICS.length} THEN ' ' || (i / ${5 * DEPARTMENT_TOPICS.length} + 1) ELSE '' END,
            'DG' || lpad(i::text, 3, '0'),
            CASE WHEN i % 5 = 0 THEN NULL ELSE ${uid("department", "i - i % 5")} END
     FROM generate_series(0, greatest(${s.departments} - (SELECT count(*) FROM departments), 1) - 1) AS i`,
  );
  add(
    "department list",
    `CREATE TEMP TABLE seed_departments AS
       SELECT (row_number() OVER (ORDER BY lower(name)) - 1)::int AS n, id FROM departments`,
  );

  add(
    "people",
    `INSERT INTO people (id, full_name, email, phone, position, department_id)
     SELECT ${uid("person", "i")},
            ${pick(FIRST_NAMES, hash("i", 1))} || ' ' || ${pick(LAST_NAMES, hash("i", 2))} || ' ' || ${pick(LAST_NAMES, hash("i", 3))},
            translate(lower(${pick(FIRST_NAMES, hash("i", 1))} || '.' || ${pick(LAST_NAMES, hash("i", 2))}), 'áéíóúñ', 'aeioun')
              || '.' || i || '@redes.local',
            '+54 11 5' || lpad((i % 1000)::text, 3, '0') || '-' || lpad((i % 10000)::text, 4, '0'),
            ${pick(POSITIONS, hash("i", 4))},
            d.id
     FROM generate_series(0, ${P - 1}) AS i
     JOIN seed_departments d ON d.n = ${hash("i", 5)} % (SELECT count(*) FROM seed_departments)`,
  );

  // Users: the first generated people, one account each, all with the demo password.
  add(
    "users",
    `INSERT INTO users (id, email, name, password_hash, role, department_id, person_id, last_login_at)
     SELECT ${uid("user", "i")},
            'usuario' || lpad((i + 1)::text, 4, '0') || '@redes.local',
            p.full_name,
            (SELECT password_hash FROM users WHERE email = 'admin@redes.local'),
            (CASE WHEN i % 100 < 2 THEN 'admin' WHEN i % 100 < 8 THEN 'coordinator' WHEN i % 100 < 20 THEN 'head'
                  WHEN i % 100 < 75 THEN 'technical' ELSE 'viewer' END)::app_role,
            p.department_id,
            p.id,
            CASE WHEN i % 4 = 0 THEN NULL
                 ELSE ${T}::timestamptz - (${hash("i", 6)} % 525600) * interval '1 minute' END
     FROM generate_series(0, ${U - 1}) AS i
     JOIN people p ON p.id = ${uid("person", "i")}`,
  );

  add(
    "networks",
    `INSERT INTO networks (id, name, acronym, kind, scope, description, website, headquarters, founded_year,
                           languages, membership_status, member_since, left_on, annual_fee, fee_currency,
                           focal_person_id, archived_at)
     SELECT ${uid("network", "i")},
            ${pick(NETWORK_PREFIXES, "i")} || ' ' || ${pick(NETWORK_QUALIFIERS, `i / ${NETWORK_PREFIXES.length}`)}
              || ' de Ciudades por ' || ${pick(NETWORK_TOPICS, `i / ${NETWORK_PREFIXES.length * NETWORK_QUALIFIERS.length}`)}
              || CASE WHEN i >= ${NETWORK_PREFIXES.length * NETWORK_QUALIFIERS.length * NETWORK_TOPICS.length}
                      THEN ' ' || (i / ${NETWORK_PREFIXES.length * NETWORK_QUALIFIERS.length * NETWORK_TOPICS.length} + 1) ELSE '' END,
            'RC' || lpad(i::text, 3, '0'),
            (ARRAY['regional','global','thematic'])[1 + i % 3]::network_kind,
            (ARRAY['América Latina','Mundial','Iberoamérica','Mercosur'])[1 + ${hash("i", 7)} % 4],
            'Red de gobiernos locales que intercambian experiencias y proyectos de cooperación.',
            'https://red' || i || '.example.org',
            ${pick(
              CITIES.map((c) => c[0]),
              hash("i", 8),
            )},
            1950 + ${hash("i", 9)} % 70,
            ARRAY['es','pt','en'],
            m.status::membership_status,
            CASE WHEN m.status = 'candidate' THEN NULL ELSE date '2000-01-01' + ${hash("i", 10)} % 8000 END,
            CASE WHEN m.status = 'former' THEN date '2000-01-01' + ${hash("i", 10)} % 8000 + 900 ELSE NULL END,
            CASE WHEN i % 3 = 0 THEN 1000 + ${hash("i", 11)} % 20000 ELSE NULL END,
            CASE WHEN i % 3 = 0 THEN 'USD' ELSE NULL END,
            ${uid("person", `${hash("i", 12)} % ${P}`)},
            CASE WHEN i % 25 = 24 THEN ${T}::timestamptz - interval '400 days' ELSE NULL END
     FROM generate_series(0, ${N - 1}) AS i
     CROSS JOIN LATERAL (SELECT (ARRAY['member','member','member','member','member','member','observer','observer','candidate','former'])[1 + ${hash("i", 13)} % 10] AS status) m`,
  );
  add(
    "network thematic areas",
    `INSERT INTO network_thematic_areas (network_id, thematic_area_id)
     SELECT ${uid("network", "i")}, a.id
     FROM generate_series(0, ${N - 1}) AS i
     CROSS JOIN generate_series(0, 1) AS j
     JOIN seed_areas a ON a.n = (i + j * 3) % ${demo.areas}`,
  );

  // Bodies: per network an assembly, a council, an executive committee, a secretariat and
  // thematic units, working groups and committees (one thematic area each).
  const shapeOf = (j: string) => `(CASE WHEN ${j} < 4 THEN ${j} ELSE 4 + (${j} - 4) % 3 END)`;
  add(
    "bodies",
    `INSERT INTO bodies (id, network_id, parent_id, name, kind, thematic_area_id, cadence_months, cadence_note, usual_month, description)
     SELECT ${uid("body", "i")},
            ${uid("network", `i / ${s.bodiesPerNetwork}`)},
            CASE ${shapeOf("j")} ${BODY_SHAPES.map((b, k) => `WHEN ${k} THEN ${b.parent === null ? "NULL" : uid("body", `i - j + ${b.parent}`)}`).join(" ")} END,
            CASE WHEN ${shapeOf("j")} < 4 THEN ${textArray(BODY_SHAPES.map((b) => b.name))}[1 + ${shapeOf("j")}]
                 ELSE ${textArray(BODY_SHAPES.map((b) => b.name))}[1 + ${shapeOf("j")}] || ' ' || a.name END,
            (${textArray(BODY_SHAPES.map((b) => b.kind))}[1 + ${shapeOf("j")}])::body_kind,
            CASE WHEN ${shapeOf("j")} < 4 THEN NULL ELSE a.id END,
            (ARRAY[${BODY_SHAPES.map((b) => (b.cadence === null ? "NULL" : String(b.cadence))).join(",")}]::smallint[])[1 + ${shapeOf("j")}],
            CASE WHEN ${shapeOf("j")} = 3 THEN 'irregular' WHEN ${shapeOf("j")} IN (0, 5, 6) THEN 'anual' ELSE 'cada 6 meses' END,
            CASE WHEN ${shapeOf("j")} = 0 THEN 1 + ${hash("i", 14)} % 12 ELSE NULL END,
            NULL
     FROM generate_series(0, ${B - 1}) AS i
     CROSS JOIN LATERAL (SELECT i % ${s.bodiesPerNetwork} AS j) AS k
     JOIN seed_areas a ON a.n = (i / ${s.bodiesPerNetwork} + j) % ${demo.areas}`,
  );

  add(
    "seats",
    `INSERT INTO seats (id, network_id, body_id, title, kind, renewal, notes, archived_at)
     SELECT ${uid("seat", "i")}, b.network_id, b.id,
            ${pick(SEAT_TITLES, hash("i", 15))} || ' — ' || b.name,
            (ARRAY['political','executive','technical'])[1 + ${hash("i", 16)} % 3]::seat_kind,
            'Elección en la Asamblea General.',
            NULL,
            CASE WHEN i % 40 = 39 THEN ${T}::timestamptz - interval '200 days' ELSE NULL END
     FROM generate_series(0, ${s.seats - 1}) AS i
     JOIN bodies b ON b.id = ${uid("body", `${hash("i", 17)} % ${B}`)}`,
  );
  // Two or three terms per seat; the last one active (most seats), ended or a candidacy.
  add(
    "seat terms",
    `INSERT INTO seat_terms (id, seat_id, holder_person_id, starts_on, ends_on, status)
     SELECT ${uid("seat_term", "i || '-' || t")}, ${uid("seat", "i")},
            ${uid("person", `${hash(`i * 3 + t`, 18)} % ${P}`)},
            CASE WHEN t < n - 1 THEN last_start - (n - 1 - t) * 730
                 WHEN last_status = 'candidate' THEN ${T} + 30 + ${hash("i", 19)} % 300
                 ELSE last_start END,
            CASE WHEN t < n - 1 THEN last_start - (n - 1 - t) * 730 + 729
                 WHEN last_status = 'candidate' THEN NULL
                 ELSE last_start + 730 END,
            (CASE WHEN t < n - 1 THEN 'ended' ELSE last_status END)::term_status
     FROM generate_series(0, ${s.seats - 1}) AS i
     CROSS JOIN LATERAL (SELECT 2 + i % 2 AS n,
                                CASE WHEN i % 10 = 0 THEN 'candidate' WHEN i % 10 = 1 THEN 'ended' ELSE 'active' END AS last_status,
                                ${T} - ${hash("i", 20)} % 700 - CASE WHEN i % 10 = 1 THEN 730 ELSE 0 END AS last_start) AS x
     CROSS JOIN generate_series(0, 2) AS t
     WHERE t < n`,
  );

  // Meetings: ten years, eight behind and two ahead, on the generated bodies.
  const meetingBody = (i: string) => `${hash(i, 21)} % ${B}`;
  const dayOffset = (i: string) => `${hash(i, 22)} % 3650`;
  add(
    "meetings",
    `INSERT INTO meetings (id, network_id, body_id, title, kind, starts_at, ends_at, time_zone, mode, city, country,
                           venue, online_url, status, minutes, ical_sequence, from_cadence)
     SELECT ${uid("meeting", "i")}, b.network_id, b.id,
            b.name || ' — ' || to_char(x.starts_at, 'MM/YYYY'),
            (${textArray(BODY_SHAPES.map((b) => b.meeting))}[1 + ${shapeOf(`(${meetingBody("i")}) % ${s.bodiesPerNetwork}`)}])::meeting_kind,
            x.starts_at,
            x.starts_at + (2 + ${hash("i", 23)} % 6) * interval '1 hour',
            c.tz,
            (ARRAY['in_person','in_person','online','hybrid'])[1 + ${hash("i", 24)} % 4]::meeting_mode,
            c.city, c.country, NULL, NULL,
            (CASE WHEN x.starts_at < ${T}::timestamptz
                  THEN (ARRAY['held','held','held','held','held','held','held','held','cancelled','postponed'])[1 + ${hash("i", 25)} % 10]
                  ELSE (ARRAY['tentative','confirmed'])[1 + ${hash("i", 26)} % 2] END)::meeting_status,
            CASE WHEN x.starts_at < ${T}::timestamptz AND ${hash("i", 25)} % 10 < 8
                 THEN '<ul><li>' || ${pick(
                   flatten(MINUTE_POINTS).map((p) => withArea(p, null)),
                   hash("i", 27),
                 )} || '</li></ul>' END,
            0, false
     FROM generate_series(0, ${M - 1}) AS i
     JOIN bodies b ON b.id = ${uid("body", meetingBody("i"))}
     CROSS JOIN LATERAL (SELECT (${T} - 2920 + ${dayOffset("i")})::timestamp AT TIME ZONE 'UTC'
                                + (11 + ${hash("i", 28)} % 10) * interval '1 hour' AS starts_at) AS x
     CROSS JOIN LATERAL (SELECT ${pick(
       CITIES.map((c) => c[0]),
       hash("i", 29),
     )} AS city, ${pick(
       CITIES.map((c) => c[1]),
       hash("i", 29),
     )} AS country, ${pick(
       CITIES.map((c) => c[2]),
       hash("i", 29),
     )} AS tz) AS c`,
  );

  const agendaTitles = flatten(AGENDA).map((a) => withArea(a.title, null));
  add(
    "agenda items",
    `INSERT INTO agenda_items (id, meeting_id, position, title, duration_minutes, presenter)
     SELECT ${uid("agenda_item", "k")}, ${uid("meeting", `k % ${M}`)}, k / ${M} + 1,
            ${pick(agendaTitles, `k / ${M} * 7 + ${hash(`k % ${M}`, 30)}`)},
            15 * (1 + ${hash("k", 31)} % 6), NULL
     FROM generate_series(0, ${s.agendaItems - 1}) AS k`,
  );
  add(
    "decisions",
    `INSERT INTO decisions (id, meeting_id, position, text)
     SELECT ${uid("decision", "k")}, ${uid("meeting", `k % ${M}`)}, k / ${M} + 1,
            ${pick(
              flatten(DECISIONS).map((d) => withArea(d, null)),
              hash("k", 32),
            )}
     FROM generate_series(0, ${s.decisions - 1}) AS k`,
  );

  // Delegations: up to `slots` people per meeting, distinct within a meeting by construction.
  for (let start = 0; start < s.delegationMembers; start += BATCH) {
    const end = Math.min(start + BATCH, s.delegationMembers) - 1;
    add(
      `delegation members ${start}…${end}`,
      `INSERT INTO delegation_members (id, meeting_id, person_id, role, attendance)
       SELECT ${uid("delegation_member", "k")}, m.id,
              ${uid("person", `(${hash(`k % ${M}`, 33)} + (k / ${M}) * ${stride}) % ${P}`)},
              (CASE WHEN k / ${M} = 0 THEN 'head' WHEN k / ${M} = 1 THEN 'speaker'
                    ELSE (ARRAY['delegate','delegate','support'])[1 + ${hash("k", 34)} % 3] END)::delegation_role,
              (CASE WHEN m.status = 'held' THEN (ARRAY['attended','attended','attended','absent'])[1 + ${hash("k", 35)} % 4]
                    WHEN m.status = 'confirmed' THEN (ARRAY['confirmed','invited'])[1 + ${hash("k", 35)} % 2]
                    ELSE 'invited' END)::attendance_status
       FROM generate_series(${start}, ${end}) AS k
       JOIN meetings m ON m.id = ${uid("meeting", `k % ${M}`)}`,
    );
  }

  const commitmentTitles = flatten(COMMITMENTS).map((c) => withArea(c, null));
  add(
    "commitments",
    `INSERT INTO commitments (id, network_id, meeting_id, body_id, title, owner_person_id, department_id, due_on,
                              status, completed_on, notes)
     SELECT ${uid("commitment", "k")}, m.network_id,
            CASE WHEN k % 5 = 4 THEN NULL ELSE m.id END,
            m.body_id,
            ${pick(commitmentTitles, hash("k", 36))},
            p.id, p.department_id, x.due_on,
            x.status::commitment_status,
            CASE WHEN x.status = 'done' THEN x.due_on - ${hash("k", 37)} % 20 END,
            NULL
     FROM generate_series(0, ${s.commitments - 1}) AS k
     JOIN meetings m ON m.id = ${uid("meeting", `${hash("k", 38)} % ${M}`)}
     JOIN people p ON p.id = ${uid("person", `${hash("k", 39)} % ${P}`)}
     CROSS JOIN LATERAL (SELECT (m.starts_at AT TIME ZONE 'UTC')::date + 30 + ${hash("k", 40)} % 90 AS due_on) AS d
     CROSS JOIN LATERAL (SELECT d.due_on,
                                CASE WHEN d.due_on < ${T}
                                     THEN (ARRAY['done','done','done','done','done','done','done','dropped','open','in_progress'])[1 + ${hash("k", 41)} % 10]
                                     ELSE (ARRAY['open','open','open','in_progress'])[1 + ${hash("k", 41)} % 4] END AS status) AS x`,
  );

  // Assignments: the first one of each body is its active focal point.
  add(
    "assignments",
    `INSERT INTO assignments (id, person_id, network_id, body_id, thematic_area_id, role, starts_on, ends_on, status,
                              dedication, notes)
     SELECT ${uid("assignment", "a")},
            ${uid("person", `${hash("a", 42)} % ${P}`)},
            ${uid("network", `(a % ${B}) / ${s.bodiesPerNetwork}`)},
            ${uid("body", `a % ${B}`)},
            NULL,
            (CASE WHEN a < ${B} THEN 'focal_point' WHEN ${hash("a", 43)} % 4 = 0 THEN 'alternate' ELSE 'member' END)::assignment_role,
            x.starts_on,
            CASE WHEN x.status = 'ended' THEN x.starts_on + ${hash("a", 44)} % 700 END,
            x.status::assignment_status,
            (ARRAY['Parcial','Completa','Según agenda'])[1 + ${hash("a", 45)} % 3],
            NULL
     FROM generate_series(0, ${A - 1}) AS a
     CROSS JOIN LATERAL (SELECT ${T} - 30 - ${hash("a", 46)} % 2500 AS starts_on,
                                CASE WHEN a < ${B} THEN 'active'
                                     ELSE (ARRAY['active','active','active','active','active','active','paused','ended','ended','ended'])[1 + ${hash("a", 47)} % 10] END
                                  AS status) AS x`,
  );

  const updateTexts = Object.entries(UPDATE_TEXTS).flatMap(([kind, texts]) =>
    texts.map((t) => [kind, withArea(t, null)] as const),
  );
  for (let start = 0; start < s.participationUpdates; start += BATCH) {
    const end = Math.min(start + BATCH, s.participationUpdates) - 1;
    add(
      `participation updates ${start}…${end}`,
      `INSERT INTO participation_updates (id, assignment_id, occurred_on, kind, text, author_user_id, created_at)
       SELECT ${uid("participation_update", "k")}, a.id, x.occurred_on,
              ${pick(
                updateTexts.map((u) => u[0]),
                hash("k", 48),
              )}::participation_kind,
              ${pick(
                updateTexts.map((u) => u[1]),
                hash("k", 48),
              )},
              u.id,
              x.occurred_on + interval '18 hours'
       FROM generate_series(${start}, ${end}) AS k
       JOIN assignments a ON a.id = ${uid("assignment", `${hash("k", 49)} % ${A}`)}
       LEFT JOIN users u ON u.person_id = a.person_id
       CROSS JOIN LATERAL (SELECT a.starts_on + ${hash("k", 50)} % greatest(1, ${T} - a.starts_on) AS occurred_on) AS x`,
    );
  }
  add(
    "assignments' last update",
    `UPDATE assignments SET last_updated_at = u.latest
     FROM (SELECT assignment_id, max(created_at) AS latest FROM participation_updates GROUP BY assignment_id) AS u
     WHERE u.assignment_id = assignments.id AND assignments.id IN (SELECT ${uid("assignment", "a")} FROM generate_series(0, ${A - 1}) AS a)`,
  );

  // The audit log: ten years of events, ids growing with time like the real log's.
  const kinds = AUDIT_KINDS.flatMap(([action, type, weight]) =>
    Array.from({ length: weight }, () => [action, type]),
  );
  if (kinds.length !== 20) throw new Error("large seed: audit kinds must weigh 20 in all");
  const entityCount: Record<string, number> = {
    meeting: M,
    agenda_item: s.agendaItems,
    delegation_member: s.delegationMembers,
    commitment: s.commitments,
    assignment: A,
    network: N,
    seat: s.seats,
    seat_term: s.seats,
    person: P,
    user: U,
  };
  const entityIdSql = (e: string) => {
    const n = `${hash("k", 51)} % ${entityCount[e]}`;
    if (e === "seat_term") return `${uid("seat_term", `(${n}) || '-0'`)}::text`;
    return `${uid(e, n)}::text`;
  };
  const kindIndex = `(k % 20)`;
  const seconds = 10 * 365 * 86_400;
  for (let start = 0; start < s.auditEvents; start += BATCH) {
    const end = Math.min(start + BATCH, s.auditEvents) - 1;
    add(
      `audit events ${start}…${end}`,
      `INSERT INTO audit_events (occurred_at, actor_user_id, actor_email, action, entity_type, entity_id, before, after, metadata)
       SELECT ${T}::timestamptz - interval '${seconds} seconds' + (k::bigint * ${seconds} / ${s.auditEvents}) * interval '1 second',
              ${uid("user", "x.actor")},
              'usuario' || lpad((x.actor + 1)::text, 4, '0') || '@redes.local',
              ${textArray(kinds.map((k) => k[0]!))}[1 + ${kindIndex}],
              ${textArray(kinds.map((k) => k[1]!))}[1 + ${kindIndex}],
              CASE ${kindIndex} ${kinds
                .map((k, index) => `WHEN ${index} THEN ${entityIdSql(k[1]!)}`)
                .join(" ")} END,
              CASE WHEN ${textArray(kinds.map((k) => k[0]!))}[1 + ${kindIndex}] LIKE '%.update'
                   THEN jsonb_build_object('notes', 'Versión ' || (k % 7)) END,
              CASE WHEN ${textArray(kinds.map((k) => k[0]!))}[1 + ${kindIndex}] LIKE '%.update'
                   THEN jsonb_build_object('notes', 'Versión ' || (k % 7 + 1)) END,
              CASE WHEN ${kindIndex} IN (${kinds.flatMap((k, index) => (k[1] === "agenda_item" || k[1] === "delegation_member" ? [index] : [])).join(",")})
                   THEN jsonb_build_object('meetingId', ${uid("meeting", `${hash("k", 52)} % ${M}`)}::text) END
       FROM generate_series(${start}, ${end}) AS k
       CROSS JOIN LATERAL (SELECT ${hash("k", 53)} % ${U} AS actor) AS x
       ORDER BY k`,
    );
  }
  return out;
}

async function tableCounts(db: Db): Promise<Record<string, number>> {
  const tables = [
    "networks",
    "bodies",
    "seats",
    "seat_terms",
    "meetings",
    "delegation_members",
    "agenda_items",
    "decisions",
    "commitments",
    "departments",
    "people",
    "users",
    "assignments",
    "participation_updates",
    "audit_events",
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const rows = await queryRows<{ n: number }>(db, sql.raw(`SELECT count(*)::int AS n FROM ${table}`));
    counts[table] = Number(rows[0]?.n ?? 0);
  }
  return counts;
}

/**
 * Loads the demo data and then the generated rows of the scale into an empty database, then
 * VACUUM ANALYZE so the planner knows the sizes. Refuses a database that is not empty.
 */
export async function seedLarge(
  db: Db,
  scale: ScaleName,
  options: { today?: Date; log?: (line: string) => void } = {},
): Promise<LargeSeedResult> {
  const log = options.log ?? (() => {});
  const today = options.today ?? new Date();
  const demo = await seedDemo(db, { today });
  if (!demo.seeded) return { seeded: false, message: demo.message };
  log(demo.message);

  const areas = demo.counts?.thematicAreas ?? 0;
  if (areas < 4) throw new Error("large seed: the demo data must have at least four thematic areas");
  const steps = statements(SCALES[scale], todayInBuenosAires(today), { areas });
  const started = Date.now();
  await db.transaction(async (tx) => {
    for (const step of steps) {
      const t0 = Date.now();
      await tx.execute(sql.raw(step.sql));
      log(`  ${step.label} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    }
    await tx.execute(sql.raw("DROP TABLE seed_areas"));
    await tx.execute(sql.raw("DROP TABLE seed_departments"));
  });
  const t0 = Date.now();
  await db.execute(sql.raw("VACUUM ANALYZE"));
  log(`  VACUUM ANALYZE (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  const counts = await tableCounts(db);
  await db.insert(auditEvents).values({ action: "seed.large", metadata: { scale, counts } });
  const seconds = Math.round((Date.now() - started) / 1000);
  return {
    seeded: true,
    counts,
    message:
      `Datos de escala "${scale}" cargados en ${seconds} s: ` +
      Object.entries(counts)
        .map(([table, n]) => `${table} ${n.toLocaleString("es-AR")}`)
        .join(", ") +
      ".",
  };
}
