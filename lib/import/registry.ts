import "server-only";
import type { ImportDefinition } from "./definition";
import { meetingsImport } from "./tables/meetings";
import { networksImport } from "./tables/networks";
import { peopleImport } from "./tables/people";

/** The tables that can be imported, by URL name (/importar/<name>): the export's names. */
export const IMPORT_TABLES = {
  personas: peopleImport,
  redes: networksImport,
  reuniones: meetingsImport,
} as const satisfies Record<string, ImportDefinition>;

export type ImportTableName = keyof typeof IMPORT_TABLES;
export const IMPORT_TABLE_NAMES = Object.keys(IMPORT_TABLES) as [ImportTableName, ...ImportTableName[]];

export function importDefinition(name: string): ImportDefinition | null {
  return Object.hasOwn(IMPORT_TABLES, name) ? IMPORT_TABLES[name as ImportTableName] : null;
}
