import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { seatTerms } from "@/db/schema";
import seatsCatalog from "@/messages/es-AR/seats.json";
import type { Ctx } from "../../context";
import { seatsExport } from "../../export/tables/seats";
import type { Result } from "../../result";
import { addTerm, createSeat, updateSeat, updateTerm } from "../../seats/commands";
import type { ClosedTerm } from "../../seats/term-rules";
import { fieldsFromExport, type CellError, type ImportDefinition, type RowOutcome } from "../definition";
import { failureErrors, type ValidationCatalog } from "../cell-errors";
import { sameForm, versionOf } from "../form-import";
import { rowReaders } from "../row-reader";
import {
  loadSeatLookups,
  planSeatRows,
  SEAT_FIELD_OF,
  seatForm,
  termForm,
  type Form,
  type SeatRowPlan,
  type TermRecord,
} from "./seat-rows";
import { undoSeatChanges, type SeatChange } from "./seat-undo";

/**
 * Seats with their current and past terms (/cargos), one row per term, as the export writes
 * them plus the terms' holders and dates. The rows that name one seat (by the export's id
 * column, else by network, body and title) are that seat's terms: the seat is created once, or
 * updated once from its first row, and each term is added or — when the seat has a term with
 * the same holder and start — updated, all through the seat and term forms' own commands.
 */

const fields = fieldsFromExport(seatsExport.columns, {
  title: { required: true, synonyms: ["nombre del cargo", "puesto"] },
  kind: { synonyms: ["tipo de cargo"] },
  network: { required: true, synonyms: ["sigla de la red", "nombre de la red"] },
  body: { synonyms: ["organo de la red", "organo de gobierno"] },
  holder: { synonyms: ["titular del mandato", "persona", "correo del titular"] },
  startsOn: { synonyms: ["inicio", "desde", "fecha de inicio"] },
  endsOn: { synonyms: ["fin", "hasta", "fecha de fin", "vencimiento"] },
  id: { synonyms: ["id", "id redes"] },
});

const SEATS: ValidationCatalog = { ns: "seats", keys: seatsCatalog.validation };
const TERM_FIELD_OF: Record<string, string> = {
  holderPersonId: "holder",
  startsOn: "startsOn",
  endsOn: "endsOn",
};

/** A row's write that failed: its savepoint is rolled back, the seat it may have created too. */
class RowFailed extends Error {
  constructor(readonly errors: CellError[]) {
    super("row failed");
  }
}

function orFail<T>(result: Result<T>, fieldOf: Record<string, string>): T {
  if (!result.ok) throw new RowFailed(failureErrors(result, fieldOf, SEATS));
  return result.data;
}

const termById = async (tx: Db, id: string): Promise<TermRecord | undefined> =>
  (await tx.select().from(seatTerms).where(eq(seatTerms.id, id)).limit(1))[0];

/**
 * The row's seat: created, or updated when the file changes it, by the first row of its group
 * written (`written`: the seat a row of the group already wrote; the others reuse it).
 */
async function writeSeat(ctx: Ctx, plan: SeatRowPlan, written: string | undefined, changes: SeatChange[]) {
  if (written) return written;
  if (!plan.seat) {
    const { id } = orFail(await createSeat(ctx, plan.seatForm), SEAT_FIELD_OF);
    changes.push({ kind: "seat", id, created: true, written: 1 });
    return id;
  }
  const before = seatForm(plan.seat);
  if (!sameForm(plan.seatForm, before, [])) {
    const updated = orFail(
      await updateSeat(ctx, plan.seat.id, { ...plan.seatForm, version: plan.seat.version }),
      SEAT_FIELD_OF,
    );
    changes.push({ kind: "seat", id: plan.seat.id, before, written: versionOf(updated) });
  }
  return plan.seat.id;
}

/**
 * The row's term: added, or the seat's term with the same holder and start updated (its end).
 * A term write may close the seat's previous active term (term-rules.ts): that term's change is
 * kept too, so that the undo reopens it.
 */
async function writeTerm(ctx: Ctx, seatId: string, plan: SeatRowPlan, changes: SeatChange[]) {
  const term = plan.term!;
  const [active] = await ctx.db
    .select()
    .from(seatTerms)
    .where(and(eq(seatTerms.seatId, seatId), eq(seatTerms.status, "active")))
    .limit(1);
  const current = plan.existingTerm ? await termById(ctx.db, plan.existingTerm.id) : undefined;
  let closed: ClosedTerm | null = null;
  if (current) {
    const before = termForm(current);
    const form: Form = { ...before, ...(plan.reader.has("endsOn") ? { endsOn: term.endsOn } : {}) };
    if (sameForm(form, before, [])) return;
    const updated = orFail(
      await updateTerm(ctx, current.id, { ...form, version: current.version }),
      TERM_FIELD_OF,
    );
    changes.push({ kind: "term", id: current.id, before, written: updated.version });
    closed = updated.closedTerm;
  } else {
    const added = orFail(
      await addTerm(ctx, seatId, { ...term, status: plan.newStatus, notes: "" }),
      TERM_FIELD_OF,
    );
    changes.push({ kind: "term", id: added.id, created: true, written: 1 });
    closed = added.closedTerm;
  }
  if (closed && active && active.id !== current?.id) {
    const after = await termById(ctx.db, active.id);
    changes.push({ kind: "term", id: active.id, before: termForm(active), written: after!.version });
  }
}

/** A seat's rows are written together, in the order their terms start (rows in file order). */
function writeOrder(plans: readonly SeatRowPlan[]): SeatRowPlan[] {
  const groupStart = new Map<string, number>();
  for (const p of plans) if (p.group !== null && !groupStart.has(p.group)) groupStart.set(p.group, p.index);
  const rank = (p: SeatRowPlan) => (p.group === null ? p.index : groupStart.get(p.group)!);
  return [...plans].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.term?.startsOn ?? "").localeCompare(b.term?.startsOn ?? "") ||
      a.index - b.index,
  );
}

export const seatsImport: ImportDefinition = {
  table: "cargos",
  recordType: "seat",
  action: "seat.manage",
  scoped: false,
  fields,
  readOnly: ["holderDepartment", "status", "daysLeft", "archived"],

  async run(scope, rows) {
    const { tx, ctx, importId } = scope;
    const lookups = await loadSeatLookups(tx);
    const plans = planSeatRows(rows, rowReaders(rows, scope.options.dateFormat), lookups);
    const seatOfGroup = new Map<string, string>();
    const outcomes: RowOutcome[] = [];
    let done = 0;
    for (const plan of writeOrder(plans)) {
      const { reader, line } = plan;
      if (reader.errors.length) {
        outcomes[plan.index] = {
          line,
          status: "error",
          recordId: plan.seat?.id ?? null,
          errors: reader.errors,
        };
      } else {
        try {
          const changes: SeatChange[] = [];
          // One savepoint per row: a term refused takes back the seat its row created.
          const seatId = await tx.transaction(async (sp) => {
            const rowCtx: Ctx = { db: sp, actor: ctx.actor, auditTag: { importId } };
            const id = await writeSeat(
              rowCtx,
              plan,
              plan.group ? seatOfGroup.get(plan.group) : undefined,
              changes,
            );
            if (plan.term) await writeTerm(rowCtx, id, plan, changes);
            return id;
          });
          if (plan.group) seatOfGroup.set(plan.group, seatId);
          outcomes[plan.index] = {
            line,
            status: changes.some((c) => c.created) ? "new" : changes.length ? "update" : "unchanged",
            recordId: seatId,
            previous: changes.length ? { changes } : null,
            writtenVersion: changes[0]?.written ?? null,
          };
        } catch (error) {
          if (!(error instanceof RowFailed)) throw error;
          outcomes[plan.index] = {
            line,
            status: "error",
            recordId: plan.seat?.id ?? null,
            errors: error.errors,
          };
        }
      }
      scope.progress(++done);
    }
    return outcomes;
  },

  undo: undoSeatChanges,
};
