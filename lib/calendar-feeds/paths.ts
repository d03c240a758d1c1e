// Client-safe (no Node imports): the subscription URL of a token, as the page shows it.

/** The route answers /api/calendar/<token>.ics. */
export const feedPath = (token: string): string => `/api/calendar/${token}.ics`;

/** The full subscription URL on an origin (https://redes.example). */
export const feedUrl = (origin: string, token: string): string =>
  `${origin.replace(/\/+$/, "")}${feedPath(token)}`;

/** The single-meeting download of a meeting page. */
export const meetingIcsPath = (meetingId: string): string => `/reuniones/${meetingId}/ics`;
