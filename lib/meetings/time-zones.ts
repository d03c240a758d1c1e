import { DISPLAY_TIME_ZONE } from "../i18n/config";

// Zones where the networks usually meet come first; then every IANA zone the runtime knows.
const FREQUENT = [
  DISPLAY_TIME_ZONE,
  "America/Montevideo",
  "America/Sao_Paulo",
  "America/Santiago",
  "America/Asuncion",
  "America/La_Paz",
  "America/Lima",
  "America/Bogota",
  "America/Mexico_City",
  "America/New_York",
  "Europe/Madrid",
  "Europe/Lisbon",
  "Europe/Paris",
  "Europe/Brussels",
  "Europe/London",
  "Africa/Casablanca",
  "Asia/Tokyo",
  "UTC",
];

export function timeZoneOptions(): string[] {
  const all = Intl.supportedValuesOf("timeZone");
  return [...FREQUENT, ...all.filter((z) => !FREQUENT.includes(z)).sort()];
}
