import { assignmentsExport } from "./tables/assignments";
import { auditLogExport } from "./tables/audit-log";
import { commitmentsExport } from "./tables/commitments";
import { meetingsExport } from "./tables/meetings";
import { networksExport } from "./tables/networks";
import { peopleExport } from "./tables/people";
import { seatsExport } from "./tables/seats";
import type { AnyExportTable } from "./types";

/**
 * The tables that can be exported, by URL name (/exportar/<name>/csv|xlsx): each reads the
 * same URL parameters as its list page and is guarded by that list's read action.
 */
export const EXPORT_TABLES = {
  redes: networksExport,
  cargos: seatsExport,
  reuniones: meetingsExport,
  compromisos: commitmentsExport,
  personas: peopleExport,
  asignaciones: assignmentsExport,
  auditoria: auditLogExport,
} as const satisfies Record<string, AnyExportTable>;

export type ExportTableName = keyof typeof EXPORT_TABLES;

export function exportTable(name: string): AnyExportTable | null {
  return Object.hasOwn(EXPORT_TABLES, name) ? EXPORT_TABLES[name as ExportTableName] : null;
}
