import { beforeEach, describe, expect, it, vi } from "vitest";
import messages from "@/messages/es-AR";

// The request's locale and catalogs, as next-intl's request config gives them in the app.
const request = vi.hoisted(() => ({ locale: "es-AR", catalogReads: 0 }));
vi.mock("next-intl/server", async () => {
  const catalogs = (await import("@/messages/es-AR")).default;
  return {
    getLocale: async () => request.locale,
    getMessages: async () => {
      request.catalogReads += 1;
      return catalogs;
    },
  };
});

const { getTranslations } = await import("@/lib/i18n/translations");

describe("server translations", () => {
  beforeEach(() => {
    request.catalogReads = 0;
  });

  it("say what the catalog says, arguments and plurals included", async () => {
    const t = await getTranslations("calendar");
    expect(t("title")).toBe(messages.calendar.title);
    expect(t("month.heading", { month: "noviembre", year: "2026" })).toBe("noviembre de 2026");
    expect(t("month.count", { total: 0, month: "noviembre" })).toBe("Ninguna reunión en noviembre");
    expect(t("month.count", { total: 1, month: "noviembre" })).toBe("1 reunión en noviembre");
    expect(t("month.count", { total: 1500, month: "noviembre" })).toBe("1.500 reuniones en noviembre");
  });

  it("build one translator per locale and namespace, for every request after the first", async () => {
    const first = await getTranslations("enums");
    const again = await getTranslations("enums");
    expect(again).toBe(first);
    expect(request.catalogReads).toBe(1);
    expect(await getTranslations("common")).not.toBe(first);
    expect(first("meetingStatus.confirmed")).toBe(messages.enums.meetingStatus.confirmed);
  });

  it("keep locales apart", async () => {
    const spanish = await getTranslations("history");
    request.locale = "xx-OTHER";
    try {
      expect(await getTranslations("history")).not.toBe(spanish);
    } finally {
      request.locale = "es-AR";
    }
  });
});
