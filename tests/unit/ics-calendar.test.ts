import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { MEETING_STATUSES } from "@/db/schema/values";
import { buildCalendar, PRODID } from "@/lib/ics/calendar";
import {
  icsStatus,
  meetingEvent,
  meetingFileName,
  meetingLocation,
  meetingsCalendar,
  meetingUid,
  type IcsLabels,
  type IcsMeeting,
} from "@/lib/ics/meetings";
import catalog from "@/messages/es-AR/calendarFeeds.json";

const labels: IcsLabels = catalog.ics;
const ORIGIN = "https://redes.example.gob.ar";
const NOW = new Date("2026-11-26T15:00:00Z");

const meeting = (overrides: Partial<IcsMeeting> = {}): IcsMeeting => ({
  id: "0b0c6c1e-7a0f-4c1b-9b55-3d1f0c2a9e01",
  title: "Reunión del Consejo",
  status: "confirmed",
  mode: "in_person",
  startsAt: new Date("2026-12-10T13:00:00Z"),
  endsAt: new Date("2026-12-10T21:00:00Z"),
  timeZone: "America/Montevideo",
  venue: "Intendencia de Montevideo",
  city: "Montevideo",
  country: "UY",
  onlineUrl: null,
  icalSequence: 3,
  createdAt: new Date("2026-01-02T10:00:00Z"),
  updatedAt: new Date("2026-11-20T18:30:00Z"),
  network: "Mercociudades",
  body: "Consejo",
  agenda: ["Apertura", "Informe de la Secretaría Ejecutiva; presupuesto, cuotas", "Cierre"],
  ...overrides,
});

const parse = (text: string) => new ICAL.Component(ICAL.parse(text));

describe("meetings as iCalendar events", () => {
  it("writes the calendar header, CRLF line endings and lines of at most 75 octets", () => {
    const text = meetingsCalendar([meeting(), meeting({ id: "x1", title: "Ñ".repeat(200) })], {
      origin: ORIGIN,
      labels,
      name: "Redes · Reuniones",
      now: NOW,
    });
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    const calendar = parse(text);
    expect(calendar.getFirstPropertyValue("prodid")).toBe(PRODID);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("calscale")).toBe("GREGORIAN");
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Redes · Reuniones");
    expect(calendar.getFirstPropertyValue("x-wr-timezone")).toBe("America/Argentina/Buenos_Aires");
    expect(new ICAL.Event(calendar.getAllSubcomponents("vevent")[1]!).summary).toBe("Ñ".repeat(200));
  });

  it("carries uid, times in the meeting's zone, sequence, status, place, link, description and dates", () => {
    const m = meeting();
    const calendar = parse(meetingsCalendar([m], { origin: ORIGIN, labels, name: "x", now: NOW }));
    const vevent = calendar.getFirstSubcomponent("vevent")!;
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe(`${m.id}@redes.buenosaires`);
    expect(vevent.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("America/Montevideo");
    expect(event.startDate.toString()).toBe("2026-12-10T10:00:00");
    expect(event.endDate.toString()).toBe("2026-12-10T18:00:00");
    expect(event.startDate.toJSDate().toISOString()).toBe(m.startsAt.toISOString());
    expect(event.sequence).toBe(3);
    expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(event.location).toBe("Intendencia de Montevideo, Montevideo, Uruguay");
    expect(vevent.getFirstPropertyValue("url")).toBe(`${ORIGIN}/reuniones/${m.id}`);
    expect(event.description).toBe(
      [
        "Red: Mercociudades",
        "Órgano: Consejo",
        "",
        "Orden del día:",
        "1. Apertura",
        "2. Informe de la Secretaría Ejecutiva; presupuesto, cuotas",
        "3. Cierre",
        "",
        `Ficha en Redes: ${ORIGIN}/reuniones/${m.id}`,
      ].join("\n"),
    );
    expect(vevent.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-11-26T15:00:00Z");
    expect(vevent.getFirstPropertyValue("last-modified")?.toString()).toBe("2026-11-20T18:30:00Z");
    expect(vevent.getFirstPropertyValue("created")?.toString()).toBe("2026-01-02T10:00:00Z");
  });

  it("maps every meeting status", () => {
    const expected = {
      tentative: "TENTATIVE",
      confirmed: "CONFIRMED",
      held: "CONFIRMED",
      cancelled: "CANCELLED",
      postponed: "TENTATIVE",
    } as const;
    for (const status of MEETING_STATUSES) {
      expect(icsStatus(status)).toBe(expected[status]);
      expect(meetingEvent(meeting({ status }), { origin: ORIGIN, labels }).status).toBe(expected[status]);
    }
  });

  it("places an online meeting at its link and lists the link in the description", () => {
    const online = meeting({
      mode: "online",
      venue: null,
      city: null,
      country: null,
      onlineUrl: "https://reuniones.example.org/ut-ambiente",
      agenda: [],
      body: null,
    });
    expect(meetingLocation(online)).toBe("https://reuniones.example.org/ut-ambiente");
    const event = meetingEvent(online, { origin: `${ORIGIN}/`, labels });
    expect(event.description).toBe(
      [
        "Red: Mercociudades\nEnlace para participar: https://reuniones.example.org/ut-ambiente",
        `Ficha en Redes: ${ORIGIN}/reuniones/${online.id}`,
      ].join("\n\n"),
    );
    expect(meetingLocation(meeting({ venue: null, city: null, country: null }))).toBeNull();
    expect(meetingLocation(meeting({ venue: null, country: "Uruguay" }))).toBe("Montevideo, Uruguay");
  });

  it("defines each zone once, and falls back to UTC for a zone the runtime does not know", () => {
    const text = meetingsCalendar(
      [
        meeting({ id: "a" }),
        meeting({ id: "b", timeZone: "Europe/Madrid" }),
        meeting({ id: "c" }),
        meeting({ id: "d", timeZone: "Mars/Olympus_Mons" }),
      ],
      { origin: ORIGIN, labels, name: "x", now: NOW },
    );
    const calendar = parse(text);
    expect(calendar.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid"))).toEqual([
      "America/Montevideo",
      "Europe/Madrid",
    ]);
    expect(text).toContain("DTSTART:20261210T130000Z");
    expect(text).not.toContain("Mars/Olympus_Mons");
  });

  it("writes an empty calendar when there is nothing to publish", () => {
    const calendar = parse(buildCalendar({ name: "Vacío", events: [], now: NOW }));
    expect(calendar.getAllSubcomponents("vevent")).toEqual([]);
    expect(calendar.getAllSubcomponents("vtimezone")).toEqual([]);
  });

  it("uid and file name", () => {
    expect(meetingUid("abc")).toBe("abc@redes.buenosaires");
    expect(meetingFileName(meeting({ title: "Reunión del Consejo: ¿Señales? — 2026" }))).toBe(
      "reunion-del-consejo-senales-2026-2026-12-10.ics",
    );
    // The date is the meeting's local day: 23:30 UTC on the 10th is already the 11th in Madrid.
    expect(
      meetingFileName({
        title: "***",
        startsAt: new Date("2026-12-10T23:30:00Z"),
        timeZone: "Europe/Madrid",
      }),
    ).toBe("reunion-2026-12-11.ics");
  });
});
