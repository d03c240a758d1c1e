// Where the generated meetings take place: each network's home time zone (its secretariat,
// used for online meetings and for tentative ones whose host is not known yet) and the cities
// that plausibly host its forums, with their IANA zones.

export interface Place {
  city: string;
  /** ISO 3166-1 alpha-2, as in networks.json. */
  country: string;
  timeZone: string;
}

const PLACES = {
  buenosAires: { city: "Buenos Aires", country: "AR", timeZone: "America/Argentina/Buenos_Aires" },
  rosario: { city: "Rosario", country: "AR", timeZone: "America/Argentina/Cordoba" },
  cordoba: { city: "Córdoba", country: "AR", timeZone: "America/Argentina/Cordoba" },
  montevideo: { city: "Montevideo", country: "UY", timeZone: "America/Montevideo" },
  asuncion: { city: "Asunción", country: "PY", timeZone: "America/Asuncion" },
  portoAlegre: { city: "Porto Alegre", country: "BR", timeZone: "America/Sao_Paulo" },
  saoPaulo: { city: "São Paulo", country: "BR", timeZone: "America/Sao_Paulo" },
  rio: { city: "Río de Janeiro", country: "BR", timeZone: "America/Sao_Paulo" },
  santiago: { city: "Santiago", country: "CL", timeZone: "America/Santiago" },
  lima: { city: "Lima", country: "PE", timeZone: "America/Lima" },
  quito: { city: "Quito", country: "EC", timeZone: "America/Guayaquil" },
  bogota: { city: "Bogotá", country: "CO", timeZone: "America/Bogota" },
  medellin: { city: "Medellín", country: "CO", timeZone: "America/Bogota" },
  mexico: { city: "Ciudad de México", country: "MX", timeZone: "America/Mexico_City" },
  madrid: { city: "Madrid", country: "ES", timeZone: "Europe/Madrid" },
  barcelona: { city: "Barcelona", country: "ES", timeZone: "Europe/Madrid" },
  lisboa: { city: "Lisboa", country: "PT", timeZone: "Europe/Lisbon" },
  bonn: { city: "Bonn", country: "DE", timeZone: "Europe/Berlin" },
  bruselas: { city: "Bruselas", country: "BE", timeZone: "Europe/Brussels" },
  londres: { city: "Londres", country: "GB", timeZone: "Europe/London" },
  copenhague: { city: "Copenhague", country: "DK", timeZone: "Europe/Copenhagen" },
  rabat: { city: "Rabat", country: "MA", timeZone: "Africa/Casablanca" },
  seul: { city: "Seúl", country: "KR", timeZone: "Asia/Seoul" },
  nuevaYork: { city: "Nueva York", country: "US", timeZone: "America/New_York" },
  montreal: { city: "Montreal", country: "CA", timeZone: "America/Toronto" },
  ginebra: { city: "Ginebra", country: "CH", timeZone: "Europe/Zurich" },
} satisfies Record<string, Place>;

export type PlaceKey = keyof typeof PLACES;

export function place(key: PlaceKey): Place {
  return PLACES[key];
}

interface NetworkPlaces {
  home: PlaceKey;
  hosts: PlaceKey[];
}

const NETWORK_PLACES: Record<string, NetworkPlaces> = {
  mercociudades: {
    home: "montevideo",
    hosts: ["montevideo", "asuncion", "rosario", "portoAlegre", "cordoba", "santiago"],
  },
  ucci: { home: "madrid", hosts: ["madrid", "lisboa", "mexico", "bogota", "quito", "lima", "montevideo"] },
  cglu: { home: "barcelona", hosts: ["barcelona", "rabat", "mexico", "bogota", "bruselas"] },
  metropolis: { home: "barcelona", hosts: ["barcelona", "montreal", "seul", "mexico"] },
  c40: { home: "londres", hosts: ["londres", "rio", "copenhague", "nuevaYork"] },
  iclei: { home: "bonn", hosts: ["bonn", "saoPaulo", "bogota"] },
  gcom: { home: "bruselas", hosts: ["bruselas", "mexico", "santiago"] },
  rcn: { home: "nuevaYork", hosts: ["nuevaYork", "medellin", "santiago"] },
  cideu: { home: "barcelona", hosts: ["barcelona", "rosario", "medellin", "santiago", "montevideo"] },
  u20: { home: "buenosAires", hosts: ["rio", "nuevaYork", "madrid"] },
  mcr: { home: "ginebra", hosts: ["ginebra", "mexico"] },
};

/** Bodies whose meetings follow their own region rather than the network's secretariat. */
const BODY_HOMES: Record<string, PlaceKey> = {
  "gcom/foro-latam": "bogota",
  "c40/foro-latam": "bogota",
};

/** The zone of a body's meetings while their host is unknown (a network-level default). */
export function bodyHomeZone(networkKey: string, bodyKey: string): string | undefined {
  const key = BODY_HOMES[`${networkKey}/${bodyKey}`];
  return key ? place(key).timeZone : undefined;
}

/** A network's home and hosts; a network added to the JSON later falls back to Buenos Aires. */
export function placesOf(networkKey: string): { home: Place; hosts: Place[] } {
  const entry = NETWORK_PLACES[networkKey] ?? { home: "buenosAires", hosts: ["buenosAires"] };
  return { home: place(entry.home), hosts: entry.hosts.map(place) };
}
