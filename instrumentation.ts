export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startDatabase } = await import("./db/startup");
    await startDatabase();
  }
}
