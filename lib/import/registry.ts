import "server-only";
import type { ImportDefinition } from "./definition";
import { assignmentsImport } from "./tables/assignments";
import { bodiesImport } from "./tables/bodies";
import { commitmentsImport } from "./tables/commitments";
import { meetingsImport } from "./tables/meetings";
import { networksImport } from "./tables/networks";
import { peopleImport } from "./tables/people";
import { seatsImport } from "./tables/seats";

/**
 * The tables that can be imported, by URL name (/importar/<name>): the export's names. In the
 * order a first import goes: networks, their bodies, people, then what refers to them (seats, teams, meetings, commitments).
 */
export const IMPORT_TABLES = {
  redes: networksImport,
  organos: bodiesImport,
  personas: peopleImport,
  cargos: seatsImport,
  reuniones: meetingsImport,
  asignaciones: assignmentsImport,
  compromisos: commitmentsImport,
} as const satisfies Record<string, ImportDefinition>;

export type ImportTableName = keyof typeof IMPORT_TABLES;
export const IMPORT_TABLE_NAMES = Object.keys(IMPORT_TABLES) as [ImportTableName, ...ImportTableName[]];

export function importDefinition(name: string): ImportDefinition | null {
  return Object.hasOwn(IMPORT_TABLES, name) ? IMPORT_TABLES[name as ImportTableName] : null;
}
