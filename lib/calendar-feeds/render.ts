import { meetingsCalendar, type IcsLabels, type IcsMeeting } from "../ics/meetings";
import type { ResolvedFeed } from "./feed";

/** Catalog words of a feed (messages calendarFeeds.ics). */
export interface FeedLabels extends IcsLabels {
  calendarAll: string;
  calendarMine: string;
  calendarDescription: string;
}

const LABEL_KEYS = [
  "network",
  "body",
  "onlineLink",
  "agenda",
  "meetingPage",
  "calendarAll",
  "calendarMine",
  "calendarDescription",
] as const satisfies readonly (keyof FeedLabels)[];

/** The labels from a translator of the calendarFeeds.ics namespace. */
export function feedLabelsFrom(t: (key: (typeof LABEL_KEYS)[number]) => string): FeedLabels {
  return Object.fromEntries(LABEL_KEYS.map((key) => [key, t(key)])) as unknown as FeedLabels;
}

export interface RenderOptions {
  origin: string;
  labels: FeedLabels;
  now?: Date;
}

/** "Redes · Mis reuniones · Mercociudades": what the subscriber's calendar list shows. */
export function feedCalendarName(feed: ResolvedFeed["feed"], labels: FeedLabels): string {
  const base = feed.scope === "mine" ? labels.calendarMine : labels.calendarAll;
  return feed.network ? `${base} · ${feed.network.name}` : base;
}

/** The subscription's iCalendar text. */
export function renderFeed(resolved: ResolvedFeed, options: RenderOptions): string {
  return meetingsCalendar(resolved.meetings, {
    ...options,
    name: feedCalendarName(resolved.feed, options.labels),
    description: options.labels.calendarDescription,
  });
}

/** One meeting as a calendar file (the download on a meeting page). */
export function renderMeeting(meeting: IcsMeeting, options: RenderOptions): string {
  return meetingsCalendar([meeting], { ...options, name: meeting.title });
}
