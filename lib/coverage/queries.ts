import { and, asc, eq, isNull, ne, sql, type SQL } from "drizzle-orm";
import { assignments, bodies, departments, networks, people, thematicAreas } from "@/db/schema";
import type { AssignmentRole, NetworkKind } from "@/db/schema/values";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import type { CoverageParams } from "./params";

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
  assignees: CoverageAssignee[];
}

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

const ROLE_ORDER: Record<AssignmentRole, number> = { focal_point: 0, member: 1, alternate: 2 };

function assemble(
  areas: { id: string; name: string }[],
  columns: (CoverageColumn & { works: Set<string> })[],
  placed: Placed[],
  onlyRelevantAreas: boolean,
): Pick<CoverageMatrix, "columns" | "rows" | "totals"> {
  const byCell = new Map<string, CoverageAssignee[]>();
  const columnIds = new Set(columns.map((c) => c.id));
  for (const p of placed) {
    if (!columnIds.has(p.columnId)) continue;
    const key = `${p.areaId ?? ""}|${p.columnId}`;
    const list = byCell.get(key) ?? [];
    list.push({
      assignmentId: p.assignmentId,
      person: { id: p.personId, name: p.personName },
      department: p.department,
      role: p.role,
    });
    byCell.set(key, list);
  }
  for (const list of byCell.values()) {
    list.sort(
      (a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.person.name.localeCompare(b.person.name, "es"),
    );
  }

  const totals = { covered: 0, gaps: 0 };
  const rowFor = (area: { id: string; name: string } | null): CoverageRow => ({
    area,
    cells: columns.map((column) => {
      const assignees = byCell.get(`${area?.id ?? ""}|${column.id}`) ?? [];
      const state: CellState = assignees.length
        ? "covered"
        : area && column.works.has(area.id)
          ? "gap"
          : "none";
      if (state === "covered") totals.covered++;
      if (state === "gap") totals.gaps++;
      return { state, assignees };
    }),
  });

  const rows = areas
    .filter(
      (area) =>
        !onlyRelevantAreas || columns.some((c) => c.works.has(area.id) || byCell.has(`${area.id}|${c.id}`)),
    )
    .map(rowFor);
  if (columns.some((c) => byCell.has(`|${c.id}`))) rows.push(rowFor(null));
  return { columns: columns.map(({ works: _works, ...c }) => c), rows, totals };
}

/**
 * The matrix for the page and the CSV. A fixed number of queries whatever its size, in one
 * transaction: the areas, the columns with the areas each works on, and the active
 * assignments placed by column and area.
 */
export async function coverageMatrix(ctx: Ctx, params: CoverageParams): Promise<CoverageMatrix> {
  assertCan(ctx.actor, "assignment.read");
  assertCan(ctx.actor, "network.read");
  return ctx.db.transaction(async (tx) => {
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

    if (params.red) {
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
        .where(eq(networks.id, params.red))
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
          ...assemble(areas, columns, placed, true),
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
    const rows = await assigned
      .innerJoin(networks, eq(networks.id, assignments.networkId))
      .where(and(shown, ...activeOf));
    const columns = networkRows.map((n) => ({
      id: n.id,
      name: n.name,
      label: n.acronym ?? n.name,
      networkKind: n.kind,
      works: new Set(n.areas),
    }));
    const placed = rows.map((r) => ({ ...r, columnId: r.networkId }));
    return { network: null, ...assemble(areas, columns, placed, false) };
  });
}
