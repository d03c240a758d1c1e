// npm run user:create -- --email ana@ciudad.gob.ar --name "Ana Pérez" --role admin [--password …]
//
// Creates a user account in the configured database (DATABASE_URL, or the embedded PGlite
// directory), migrating it first. This is how the first administrator of a production
// installation is made: production has no default accounts (the demo accounts exist only in
// the demo data). Without --password a strong password is generated, printed once, and must
// be changed at first sign-in; a given password must follow the password policy.
import { parseArgs } from "node:util";
import { describeConfiguredDatabase, openConfiguredDatabase } from "@/db/open-configured";
import { runMigrations } from "@/db/migrate";
import { DatabaseLockedError } from "@/db/pglite-lock";
import { APP_ROLES } from "@/db/schema/values";
import accountMessages from "@/messages/es-AR/account.json";
import usersMessages from "@/messages/es-AR/users.json";
import validationMessages from "@/messages/es-AR/validation.json";
import { serverPasswordProblem } from "@/lib/auth/common-passwords";
import { createUserFromCli } from "@/lib/users/commands";
import { generatePassword } from "@/lib/users/temporary-password";

const USAGE = `Uso: npm run user:create -- --email <correo> --name <nombre> --role <${APP_ROLES.join("|")}> [--password <contraseña>]`;

/** A message key of the catalogs, in words. */
function words(key: string): string {
  const catalogs: Record<string, string>[] = [
    accountMessages.validation,
    usersMessages.validation,
    validationMessages,
  ];
  for (const catalog of catalogs) if (key in catalog) return catalog[key]!;
  return key;
}

class UsageError extends Error {}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        email: { type: "string" },
        name: { type: "string" },
        role: { type: "string" },
        password: { type: "string" },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { email, name, role } = values;
  if (!email || !name || !role)
    throw new UsageError("Faltan datos: --email, --name y --role son obligatorios.");

  const generated = values.password === undefined;
  const password = values.password ?? generatePassword();
  const problem = serverPasswordProblem(password, { email, name });
  if (problem) throw new UsageError(`Contraseña rechazada: ${words(problem)}`);

  const database = await openConfiguredDatabase();
  try {
    await runMigrations(database);
    const result = await createUserFromCli(database.db, {
      email,
      name,
      role: role as (typeof APP_ROLES)[number],
      password,
      // A generated password was printed on a terminal: it is a first key, not the user's own.
      mustChangePassword: generated,
    });
    if (!result.ok) {
      const fields = Object.entries(result.fieldErrors ?? {}).map(
        ([field, keys]) => `  --${field}: ${words(keys[0] ?? "invalid")}`,
      );
      throw new UsageError(["No se creó el usuario:", ...fields].join("\n"));
    }
    console.log(
      `✔ Usuario creado: ${email.trim().toLowerCase()} (${role}) en ${describeConfiguredDatabase()}.`,
    );
    if (generated) {
      console.log(`  Contraseña generada (se muestra solo esta vez): ${password}`);
      console.log("  Al ingresar por primera vez, Redes pide elegir una contraseña nueva.");
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`✖ ${error.message}\n${USAGE}`);
    process.exitCode = 2;
  } else {
    console.error(error instanceof DatabaseLockedError ? `✖ ${error.message}` : error);
    process.exitCode = 1;
  }
});
