import "server-only";
import { and, asc, eq, isNull, ne, sql, type SQL } from "drizzle-orm";
import { assignments, bodies, departments, networks, people, thematicAreas } from "@/db/schema";
import type { Db } from "@/db/client";
import type { AssignmentRole, NetworkKind } from "@/db/schema/values";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { whileUnchanged } from "../data-version";
import { COVERAGE_COLUMNS_PER_PAGE, type CoverageParams } from "./params";

/**
 * The coverage matrix: thematic areas (rows) × networks (columns), or × the bodies of one
 * network. What a cell means:
 * - an assignment counts in the cell of its network (or its body) and of its thematic area —
 *   the assignment's own area, else its body's; only active assignments count;
 * - a network works on an area when it lists the area (network_thematic_areas) or has a body
 *   (not archived) dedicated to it; a body works on its own thematic area; "the network
 *   itself" (assignments without a body) on the areas the network lists;
 * - covered: at least one active assignment; gap: the network (or body) works on the area and
 *   nobody is assigned; otherwise the cell does not apply.
 * Networks shown: not archived and not former memberships. With a department filter, only
 * that department's people count (its gaps are where it has nobody).
 *
 * Detail: "names" lists every assignee in their cell (the one-network view and the CSV);
 * "counts" (the page's all-networks view) only counts the people of each cell, grouped in SQL,
 * so the whole city (tens of thousands of assignments) never leaves the database one by one.
 */

export type CellState = "covered" | "gap" | "none";

export interface CoverageAssignee {
  assignmentId: string;
  person: { id: string; name: string };
  department: string | null;
  role: AssignmentRole;
}

export interface CoverageCell {
  state: CellState;
  /** The distinct people with an active assignment in the cell. */
  count: number;
  /** Who, focal points first; empty when the matrix was read with detail "counts". */
  assignees: CoverageAssignee[];
}

/** Whether the cells name their assignees or only count them. */
export type CoverageDetail = "names" | "counts";

export interface CoverageColumn {
  /** A network id, a body id, or "general" (the chosen network itself, without a body). */
  id: string;
  name: string;
  /** Short label for the header: the network's acronym, else its name. */
  label: string;
  networkKind?: NetworkKind;
}

export interface CoverageRow {
  /** Null: assignments whose thematic area is unknown (a body without area, no area given). */
  area: { id: string; name: string } | null;
  cells: CoverageCell[];
}

export interface CoverageMatrix {
  /** The network whose bodies are the columns, when one was chosen. */
  network: { id: string; name: string; acronym: string | null } | null;
  columns: CoverageColumn[];
  rows: CoverageRow[];
  totals: { covered: number; gaps: number };
  /** "names" whenever one network was chosen, whatever was asked. */
  detail: CoverageDetail;
  /**
   * The page of network columns shown (detail "counts" only: the page shows 20 networks at a
   * time; the totals still count every cell of the city). Null: every column is here.
   */
  columnPage: { page: number; size: number; total: number } | null;
}

/** The column id of assignments to the chosen network without a body. */
export const GENERAL_COLUMN = "general";

interface Placed {
  assignmentId: string;
  columnId: string;
  areaId: string | null;
  personId: string;
  personName: string;
  department: string | null;
  role: AssignmentRole;
}

/** What a cell holds before its state is known, by `${areaId ?? ""}|${columnId}`. */
type Filled = Map<string, { count: number; assignees: CoverageAssignee[] }>;

const cellKey = (areaId: string | null, columnId: string) => `${areaId ?? ""}|${columnId}`;

const ROLE_ORDER: Record<AssignmentRole, number> = { focal_point: 0, member: 1, alternate: 2 };

/** Every assignee in their cell, focal points first; the count is of distinct people. */
function fillWithNames(placed: Placed[]): Filled {
  const byCell = new Map<string, CoverageAssignee[]>();
  for (const p of placed) {
    const key = cellKey(p.areaId, p.columnId);
    const list = byCell.get(key) ?? [];
    list.push({
      assignmentId: p.assignmentId,
      person: { id: p.personId, name: p.personName },
      department: p.department,
      role: p.role,
    });
    byCell.set(key, list);
  }
  const filled: Filled = new Map();
  for (const [key, list] of byCell) {
    list.sort(
      (a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.person.name.localeCompare(b.person.name, "es"),
    );
    filled.set(key, { count: new Set(list.map((a) => a.person.id)).size, assignees: list });
  }
  return filled;
}

function assemble(
  areas: { id: string; name: string }[],
  columns: (CoverageColumn & { works: Set<string> })[],
  filled: Filled,
  onlyRelevantAreas: boolean,
): Pick<CoverageMatrix, "columns" | "rows" | "totals"> {
  const columnIds = new Set(columns.map((c) => c.id));
  for (const key of filled.keys()) {
    if (!columnIds.has(key.slice(key.indexOf("|") + 1))) filled.delete(key);
  }

  const totals = { covered: 0, gaps: 0 };
  const rowFor = (area: { id: string; name: string } | null): CoverageRow => ({
    area,
    cells: columns.map((column) => {
      const content = filled.get(cellKey(area?.id ?? null, column.id));
      const state: CellState = content?.count
        ? "covered"
        : area && column.works.has(area.id)
          ? "gap"
          : "none";
      if (state === "covered") totals.covered++;
      if (state === "gap") totals.gaps++;
      return { state, count: content?.count ?? 0, assignees: content?.assignees ?? [] };
    }),
  });

  const rows = areas
    .filter(
      (area) =>
        !onlyRelevantAreas || columns.some((c) => c.works.has(area.id) || filled.has(cellKey(area.id, c.id))),
    )
    .map(rowFor);
  if (columns.some((c) => filled.has(cellKey(null, c.id)))) rows.push(rowFor(null));
  return { columns: columns.map(({ works: _works, ...c }) => c), rows, totals };
}

/**
 * One page of network columns of the whole matrix (a page past the end shows the last one).
 * Rows stay even where the page's cells do not apply, so every page lists the same areas in
 * the same places; the totals are the whole matrix's.
 */
function pageOfColumns(
  whole: Pick<CoverageMatrix, "columns" | "rows" | "totals">,
  requested: number,
): Pick<CoverageMatrix, "columns" | "rows" | "totals" | "columnPage"> {
  const size = COVERAGE_COLUMNS_PER_PAGE;
  const total = whole.columns.length;
  const page = Math.min(requested, Math.max(1, Math.ceil(total / size)));
  const from = (page - 1) * size;
  return {
    columns: whole.columns.slice(from, from + size),
    rows: whole.rows.map((row) => ({ ...row, cells: row.cells.slice(from, from + size) })),
    totals: whole.totals,
    columnPage: { page, size, total },
  };
}

/**
 * The matrix for the page and the CSV. A fixed number of queries whatever its size, in one
 * transaction: the areas, the columns with the areas each works on, and the active
 * assignments placed by column and area — one by one with detail "names", or counted by
 * network × area in SQL with detail "counts" (only for all networks: one network's matrix is
 * small and always names its people).
 */
export async function coverageMatrix(
  ctx: Ctx,
  params: CoverageParams,
  detail: CoverageDetail = "names",
): Promise<CoverageMatrix> {
  assertCan(ctx.actor, "assignment.read");
  assertCan(ctx.actor, "network.read");
  const { page, ...shape } = params;
  // The counted matrix (the page) reads every active assignment of the city: it is kept while
  // the data is unchanged, whole, and paged here. The named one (the CSV) is read each time.
  const matrix =
    detail === "counts"
      ? await whileUnchanged(ctx.db, `coverage:${JSON.stringify(shape)}`, () =>
          readCoverageMatrix(ctx.db, shape, detail),
        )
      : await readCoverageMatrix(ctx.db, shape, detail);
  return matrix.detail === "counts" ? { ...matrix, ...pageOfColumns(matrix, page ?? 1) } : matrix;
}

/** The whole matrix, every column (coverageMatrix pages the counted one). */
async function readCoverageMatrix(
  db: Db,
  params: Omit<CoverageParams, "page">,
  detail: CoverageDetail,
): Promise<CoverageMatrix> {
  return db.transaction(async (tx) => {
    const areas = await tx
      .select({ id: thematicAreas.id, name: thematicAreas.name })
      .from(thematicAreas)
      .orderBy(asc(thematicAreas.name));

    const activeOf: SQL[] = [eq(assignments.status, "active")];
    if (params.department) activeOf.push(eq(people.departmentId, params.department));
    const assigned = tx
      .select({
        assignmentId: assignments.id,
        networkId: assignments.networkId,
        bodyId: assignments.bodyId,
        areaId: sql<string | null>`coalesce(${assignments.thematicAreaId}, ${bodies.thematicAreaId})`,
        personId: people.id,
        personName: people.fullName,
        department: sql<string | null>`coalesce(${departments.shortName}, ${departments.name})`,
        role: assignments.role,
      })
      .from(assignments)
      .innerJoin(people, eq(people.id, assignments.personId))
      .leftJoin(departments, eq(departments.id, people.departmentId))
      .leftJoin(bodies, eq(bodies.id, assignments.bodyId));

    if (params.network) {
      const [network] = await tx
        .select({
          id: networks.id,
          name: networks.name,
          acronym: networks.acronym,
          areas: sql<string[]>`coalesce(array(
            select nta.thematic_area_id::text from network_thematic_areas nta
            where nta.network_id = "networks"."id"), '{}')`,
        })
        .from(networks)
        .where(eq(networks.id, params.network))
        .limit(1);
      if (network) {
        const rows = await assigned.where(and(eq(assignments.networkId, network.id), ...activeOf));
        const bodyRows = await tx
          .select({ id: bodies.id, name: bodies.name, thematicAreaId: bodies.thematicAreaId })
          .from(bodies)
          .where(and(eq(bodies.networkId, network.id), isNull(bodies.archivedAt)))
          .orderBy(asc(sql`lower(${bodies.name})`));
        // Bodies that work on an area, or have someone assigned; then the network itself.
        const withPeople = new Set(rows.map((r) => r.bodyId));
        const columns = [
          ...bodyRows
            .filter((b) => b.thematicAreaId || withPeople.has(b.id))
            .map((b) => ({
              id: b.id,
              name: b.name,
              label: b.name,
              works: new Set(b.thematicAreaId ? [b.thematicAreaId] : []),
            })),
          {
            id: GENERAL_COLUMN,
            name: network.name,
            label: network.acronym ?? network.name,
            works: new Set(network.areas),
          },
        ];
        const placed = rows.map((r) => ({ ...r, columnId: r.bodyId ?? GENERAL_COLUMN }));
        return {
          network: { id: network.id, name: network.name, acronym: network.acronym },
          detail: "names",
          columnPage: null,
          ...assemble(areas, columns, fillWithNames(placed), true),
        };
      }
    }

    const shown = and(
      isNull(networks.archivedAt),
      ne(networks.membershipStatus, "former"),
      params.kind ? eq(networks.kind, params.kind) : undefined,
    );
    const networkRows = await tx
      .select({
        id: networks.id,
        name: networks.name,
        acronym: networks.acronym,
        kind: networks.kind,
        areas: sql<string[]>`coalesce(array(
          select nta.thematic_area_id::text from network_thematic_areas nta
          where nta.network_id = "networks"."id"
          union
          select b.thematic_area_id::text from bodies b
          where b.network_id = "networks"."id" and b.archived_at is null and b.thematic_area_id is not null), '{}')`,
      })
      .from(networks)
      .where(shown)
      .orderBy(asc(sql`lower(coalesce(${networks.acronym}, ${networks.name}))`));
    const columns = networkRows.map((n) => ({
      id: n.id,
      name: n.name,
      label: n.acronym ?? n.name,
      networkKind: n.kind,
      works: new Set(n.areas),
    }));

    if (detail === "counts") {
      // Distinct people per network × area, grouped in the database.
      const areaOf = sql<string | null>`coalesce(${assignments.thematicAreaId}, ${bodies.thematicAreaId})`;
      const counts = await tx
        .select({
          networkId: assignments.networkId,
          areaId: areaOf,
          count: sql<number>`count(distinct ${assignments.personId})::int`,
        })
        .from(assignments)
        .innerJoin(networks, eq(networks.id, assignments.networkId))
        .innerJoin(people, eq(people.id, assignments.personId))
        .leftJoin(bodies, eq(bodies.id, assignments.bodyId))
        .where(and(shown, ...activeOf))
        .groupBy(assignments.networkId, areaOf);
      const filled: Filled = new Map(
        counts.map((c) => [cellKey(c.areaId, c.networkId), { count: Number(c.count), assignees: [] }]),
      );
      return { network: null, detail, columnPage: null, ...assemble(areas, columns, filled, false) };
    }

    const rows = await assigned
      .innerJoin(networks, eq(networks.id, assignments.networkId))
      .where(and(shown, ...activeOf));
    const placed = rows.map((r) => ({ ...r, columnId: r.networkId }));
    return {
      network: null,
      detail: "names",
      columnPage: null,
      ...assemble(areas, columns, fillWithNames(placed), false),
    };
  });
}
