/**
 * Kartverket's open address search (Geonorge "adresser" API, ws.geonorge.no/adresser/v1, no authentication):
 * free-text search in the official address register, used to turn an address a family types into coordinates.
 *
 *   GET {base}/sok?sok=<text>&kommunenummer=<NNNN>&treffPerSide=<n>&side=0&utkoordsys=4258&asciiKompatibel=true
 *   → { metadata: { totaltAntallTreff, side, treffPerSide, viserFra, viserTil, sokeStreng }, adresser: [...] }
 *
 * Each request has a timeout; a failed connection or a 5xx answer is tried once more. What still fails is an
 * AddressSearchError, which the places service turns into SERVICE_UNAVAILABLE.
 */

export const DEFAULT_ADDRESS_SEARCH_URL = 'https://ws.geonorge.no/adresser/v1';
/** ETRS89 geographic coordinates (latitude/longitude); for this use the same as WGS 84. */
export const COORDINATE_SYSTEM = '4258';
/** The API answers at most this many hits per page. */
export const MAX_HITS_PER_PAGE = 1000;

/** One address as the platform uses it. */
export interface AddressMatch {
  /** "Storgata 12B, 3015 Drammen" */
  label: string;
  /** The address text: street name, number and letter ("Storgata 12B"). */
  street: string;
  postalCode: string;
  /** Title case ("Drammen"); the register writes it in capitals. */
  postalPlace: string;
  kommunenummer: string;
  latitude: number;
  longitude: number;
}

export type ParsedAddressSearch =
  | {
      ok: true;
      addresses: AddressMatch[];
      /** Entries that could not be read (no point, another coordinate system, missing fields). */
      skipped: number;
      /** metadata.totaltAntallTreff when given. */
      totalHits: number | null;
    }
  | { ok: false; reason: string };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const SMALL_WORDS = new Set(['i', 'på', 'og', 'ved', 'under', 'over']);

/** "SANDE I VESTFOLD" → "Sande i Vestfold", "MO I RANA" → "Mo i Rana", "ØVRE ÅRDAL" → "Øvre Årdal". */
export function titleCasePlace(place: string): string {
  return place
    .trim()
    .toLocaleLowerCase('nb')
    .split(/\s+/)
    .map((word, index) =>
      index > 0 && SMALL_WORDS.has(word)
        ? word
        : word
            .split('-')
            .map((part) => part.charAt(0).toLocaleUpperCase('nb') + part.slice(1))
            .join('-'),
    )
    .join(' ');
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** One entry of `adresser`, or null when it cannot be used. */
export function parseAddressEntry(value: unknown): AddressMatch | null {
  if (!isObject(value)) return null;
  const point = value.representasjonspunkt;
  if (!isObject(point)) return null;
  const epsg = typeof point.epsg === 'string' ? point.epsg.replace(/\s+/g, '').toUpperCase() : '';
  if (epsg !== `EPSG:${COORDINATE_SYSTEM}`) return null;
  const { lat, lon } = point;
  if (typeof lat !== 'number' || typeof lon !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lon)) {
    return null;
  }
  if (lat < -90 || lat > 90 || lon < -180 || lon > 180) return null;

  const number = typeof value.nummer === 'number' && Number.isInteger(value.nummer) ? value.nummer : undefined;
  const letter = text(value.bokstav) ?? '';
  const built = text(value.adressenavn) && number !== undefined ? `${text(value.adressenavn)} ${number}${letter}` : '';
  const street = text(value.adressetekst) ?? text(built);
  const postalCode = text(value.postnummer);
  const postalPlace = text(value.poststed);
  const kommunenummer = text(value.kommunenummer);
  if (!street || !postalCode || !/^\d{4}$/.test(postalCode) || !postalPlace) return null;
  if (!kommunenummer || !/^\d{4}$/.test(kommunenummer)) return null;
  const place = titleCasePlace(postalPlace);
  return {
    label: `${street}, ${postalCode} ${place}`,
    street,
    postalCode,
    postalPlace: place,
    kommunenummer,
    latitude: lat,
    longitude: lon,
  };
}

/** Reads an answer of GET /sok. Entries that cannot be used are skipped and counted. */
export function parseAddressSearch(body: unknown): ParsedAddressSearch {
  if (!isObject(body)) return { ok: false, reason: 'not_an_object' };
  const entries = body.adresser;
  if (!Array.isArray(entries)) return { ok: false, reason: 'adresser_not_an_array' };
  const addresses: AddressMatch[] = [];
  let skipped = 0;
  for (const entry of entries) {
    const address = parseAddressEntry(entry);
    if (address) addresses.push(address);
    else skipped++;
  }
  const total = isObject(body.metadata) ? body.metadata.totaltAntallTreff : undefined;
  return {
    ok: true,
    addresses,
    skipped,
    totalHits: typeof total === 'number' && Number.isInteger(total) && total >= 0 ? total : null,
  };
}

export type AddressSearchErrorKind =
  /** No answer within the timeout. */
  | 'timeout'
  /** The connection failed, also when tried again. */
  | 'network'
  /** An answer other than 200 (5xx also when tried again; 400 when the API refused the parameters). */
  | 'http_status'
  /** The answer was not what the API documents. */
  | 'invalid_response';

/** The address search could not be used: it is down, slow, or answered something unreadable. */
export class AddressSearchError extends Error {
  constructor(
    readonly kind: AddressSearchErrorKind,
    readonly details: { status?: number; reason?: string } = {},
  ) {
    const suffix = details.status ? ` (HTTP ${details.status})` : details.reason ? ` (${details.reason})` : '';
    super(`Address search failed: ${kind}${suffix}`);
    this.name = 'AddressSearchError';
  }
}

export interface AddressSearchOptions {
  /** Only addresses in this municipality (four digits). */
  kommunenummer?: string;
  /** Hits to ask for, 1 to 1000 (default 10). */
  limit?: number;
}

export interface AddressSearchClient {
  /** Addresses matching free text (street, number, postal code or place); words are matched from their start. */
  search(text: string, options?: AddressSearchOptions): Promise<AddressMatch[]>;
}

export interface AddressSearchClientOptions {
  /** Default https://ws.geonorge.no/adresser/v1 */
  baseUrl?: string;
  /** Per attempt, until the whole answer is read; default 3 s (people are waiting while they type). */
  timeoutMs?: number;
  /** Pause before the second attempt, default 100 ms. */
  retryDelayMs?: number;
  /** Largest answer accepted, default 2 MB. */
  maxResponseBytes?: number;
  fetch?: typeof fetch;
}

/** A failure worth one more attempt. */
class Retryable extends Error {
  constructor(readonly failure: AddressSearchError) {
    super(failure.message);
  }
}

/**
 * The search text as sent: commas become spaces, and a trailing `*` makes the last word match from its start,
 * so "Storg" finds "Storgata" while the person is still typing (the API supports the wildcard).
 */
export function searchText(input: string): string {
  const words = input.replace(/[,*]/g, ' ').trim().split(/\s+/).filter(Boolean);
  return words.length === 0 ? '' : `${words.join(' ')}*`;
}

export function createAddressSearchClient(options: AddressSearchClientOptions = {}): AddressSearchClient {
  const base = (options.baseUrl ?? DEFAULT_ADDRESS_SEARCH_URL).replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 3_000;
  const retryDelayMs = options.retryDelayMs ?? 100;
  const maxBytes = options.maxResponseBytes ?? 2_000_000;
  const doFetch = options.fetch ?? fetch;

  async function attempt(target: string): Promise<unknown> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await doFetch(target, {
        method: 'GET',
        headers: { accept: 'application/json' },
        signal: controller.signal,
      });
      if (response.status >= 500) {
        await response.body?.cancel().catch(() => undefined);
        throw new Retryable(new AddressSearchError('http_status', { status: response.status }));
      }
      if (response.status !== 200) {
        await response.body?.cancel().catch(() => undefined);
        throw new AddressSearchError('http_status', { status: response.status });
      }
      const length = Number(response.headers.get('content-length') ?? '0');
      if (length > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw new AddressSearchError('invalid_response', { reason: 'too_large' });
      }
      const body = await response.text();
      if (body.length > maxBytes) throw new AddressSearchError('invalid_response', { reason: 'too_large' });
      try {
        return JSON.parse(body) as unknown;
      } catch {
        throw new AddressSearchError('invalid_response', { reason: 'invalid_json' });
      }
    } catch (error) {
      if (error instanceof AddressSearchError || error instanceof Retryable) throw error;
      // A timeout is not tried again: the person has waited long enough.
      if (controller.signal.aborted) throw new AddressSearchError('timeout');
      throw new Retryable(new AddressSearchError('network', { reason: (error as Error).message }));
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async search(input, search = {}) {
      const sok = searchText(input);
      if (sok === '') return [];
      const limit = Math.min(MAX_HITS_PER_PAGE, Math.max(1, Math.floor(search.limit ?? 10)));
      const params = new URLSearchParams({ sok });
      if (search.kommunenummer !== undefined) params.set('kommunenummer', search.kommunenummer);
      params.set('treffPerSide', String(limit));
      params.set('side', '0');
      params.set('utkoordsys', COORDINATE_SYSTEM);
      params.set('asciiKompatibel', 'true');
      const target = `${base}/sok?${params.toString()}`;

      let body: unknown;
      try {
        body = await attempt(target);
      } catch (error) {
        if (!(error instanceof Retryable)) throw error;
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs));
        try {
          body = await attempt(target);
        } catch (again) {
          throw again instanceof Retryable ? again.failure : again;
        }
      }
      const parsed = parseAddressSearch(body);
      if (!parsed.ok) throw new AddressSearchError('invalid_response', { reason: parsed.reason });
      return parsed.addresses;
    },
  };
}
