import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { clientMessages, SERVER_ONLY_NAMESPACES } from "@/lib/i18n/client-messages";
import messages from "@/messages/es-AR";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("messages sent to the browser", () => {
  it("leave out the server-only catalogs and keep every other one whole", () => {
    const sent = clientMessages(messages);
    for (const namespace of SERVER_ONLY_NAMESPACES) expect(sent).not.toHaveProperty(namespace);
    for (const [namespace, value] of Object.entries(messages)) {
      if (!(SERVER_ONLY_NAMESPACES as readonly string[]).includes(namespace)) {
        expect(sent[namespace]).toBe(value);
      }
    }
  });

  it("hold every namespace a client component reads", () => {
    const used = new Map<string, string>();
    for (const file of [...sourceFiles("app"), ...sourceFiles("components")]) {
      const text = readFileSync(file, "utf8");
      if (!/^["']use client["']/m.test(text)) continue;
      for (const match of text.matchAll(/useTranslations\(\s*"([^".]+)/g)) used.set(match[1]!, file);
      for (const match of text.matchAll(/validationNamespace:\s*"([^".]+)/g)) used.set(match[1]!, file);
    }
    expect(used.size).toBeGreaterThan(5);
    const sent = clientMessages(messages);
    for (const [namespace, file] of used) expect(sent, `${namespace} (${file})`).toHaveProperty(namespace);
  });
});
