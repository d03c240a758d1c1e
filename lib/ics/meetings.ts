// Meetings as iCalendar events. Labels come from the caller (the message catalog), so that this
// module speaks no language of its own.
import type { MeetingMode, MeetingStatus } from "@/db/schema/values";
import { DEFAULT_LOCALE } from "../i18n/config";
import { buildCalendar, type IcsEvent, type IcsStatus } from "./calendar";
import { dateIn, isValidTimeZone } from "../dates";

/** What a calendar needs to know about a meeting. */
export interface IcsMeeting {
  id: string;
  title: string;
  status: MeetingStatus;
  mode: MeetingMode;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venue: string | null;
  city: string | null;
  country: string | null;
  onlineUrl: string | null;
  icalSequence: number;
  createdAt: Date;
  updatedAt: Date;
  network: string;
  body: string | null;
  /** Agenda item titles in order. */
  agenda: string[];
}

/** The words the DESCRIPTION uses, from the reader's message catalog. */
export interface IcsLabels {
  network: string;
  body: string;
  onlineLink: string;
  agenda: string;
  meetingPage: string;
}

export interface MeetingEventOptions {
  /** The app's origin as the request saw it (https://redes.example), for the link back. */
  origin: string;
  labels: IcsLabels;
  locale?: string;
}

const UID_DOMAIN = "redes.buenosaires";

/** Stable across exports and feeds, so that a client updates its copy instead of duplicating it. */
export const meetingUid = (id: string) => `${id}@${UID_DOMAIN}`;

/** Held meetings took place as planned; a postponed one has no firm date again yet. */
export function icsStatus(status: MeetingStatus): IcsStatus {
  switch (status) {
    case "confirmed":
    case "held":
      return "CONFIRMED";
    case "cancelled":
      return "CANCELLED";
    case "tentative":
    case "postponed":
      return "TENTATIVE";
  }
}

export const meetingPageUrl = (origin: string, id: string) => `${origin.replace(/\/+$/, "")}/reuniones/${id}`;

function countryName(country: string, locale: string): string {
  if (!/^[A-Za-z]{2}$/.test(country)) return country;
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(country.toUpperCase()) ?? country;
  } catch {
    return country;
  }
}

/** Venue, city and country; an online meeting without a place is "located" at its link. */
export function meetingLocation(meeting: IcsMeeting, locale: string = DEFAULT_LOCALE): string | null {
  const place = [meeting.venue, meeting.city, meeting.country && countryName(meeting.country, locale)]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(", ");
  return place || meeting.onlineUrl || null;
}

export function meetingDescription(meeting: IcsMeeting, options: MeetingEventOptions): string {
  const { labels } = options;
  const head = [`${labels.network}: ${meeting.network}`];
  if (meeting.body) head.push(`${labels.body}: ${meeting.body}`);
  if (meeting.onlineUrl) head.push(`${labels.onlineLink}: ${meeting.onlineUrl}`);
  const blocks = [head.join("\n")];
  if (meeting.agenda.length) {
    blocks.push(
      [`${labels.agenda}:`, ...meeting.agenda.map((title, index) => `${index + 1}. ${title}`)].join("\n"),
    );
  }
  blocks.push(`${labels.meetingPage}: ${meetingPageUrl(options.origin, meeting.id)}`);
  return blocks.join("\n\n");
}

export function meetingEvent(meeting: IcsMeeting, options: MeetingEventOptions): IcsEvent {
  return {
    uid: meetingUid(meeting.id),
    start: meeting.startsAt,
    end: meeting.endsAt,
    timeZone: meeting.timeZone,
    summary: meeting.title,
    description: meetingDescription(meeting, options),
    location: meetingLocation(meeting, options.locale),
    url: meetingPageUrl(options.origin, meeting.id),
    status: icsStatus(meeting.status),
    sequence: meeting.icalSequence,
    created: meeting.createdAt,
    lastModified: meeting.updatedAt,
  };
}

/** A whole calendar of meetings. */
export function meetingsCalendar(
  meetings: readonly IcsMeeting[],
  options: MeetingEventOptions & { name: string; description?: string; now?: Date },
): string {
  return buildCalendar({
    name: options.name,
    ...(options.description ? { description: options.description } : {}),
    ...(options.now ? { now: options.now } : {}),
    events: meetings.map((meeting) => meetingEvent(meeting, options)),
  });
}

/** A file name for one meeting's download: ASCII words of the title and its start date. */
export function meetingFileName(meeting: Pick<IcsMeeting, "title" | "startsAt" | "timeZone">): string {
  const words = meeting.title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  const date = isValidTimeZone(meeting.timeZone)
    ? dateIn(meeting.startsAt, meeting.timeZone)
    : meeting.startsAt.toISOString().slice(0, 10);
  return `${words || "reunion"}-${date}.ics`;
}
