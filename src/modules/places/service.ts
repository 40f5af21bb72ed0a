/**
 * Places: addresses a person types, turned into coordinates through the national address register, so the
 * catalogue can search "within 2 km of an address". The typed text can be a home address: it is neither
 * stored nor logged, only kept in a short-lived in-memory cache so repeated typing does not repeat requests.
 */
import { AppError, type FieldError } from '../../errors.ts';
import { type AddressSearchClient, AddressSearchError } from '../../integrations/geonorge/addresses.ts';

/** One suggestion for the address field. */
export interface AddressSuggestion {
  /** "Storgata 12B, 3015 Drammen" */
  label: string;
  street: string;
  postalCode: string;
  postalPlace: string;
  latitude: number;
  longitude: number;
}

export const MIN_QUERY_LENGTH = 2;
export const MAX_QUERY_LENGTH = 100;
export const MAX_SUGGESTIONS = 8;

export interface PlacesServiceOptions {
  /** The address search; undefined when none is configured (every search then answers SERVICE_UNAVAILABLE). */
  client: AddressSearchClient | undefined;
  /** How long an answer is reused, default 10 minutes. */
  cacheTtlMs?: number;
  /** Most answers kept, default 1000. */
  cacheSize?: number;
  /** Clock in milliseconds, for tests. */
  now?: () => number;
}

/** Why the address search could not answer, for the log (never the typed text). */
export interface UnavailableReason {
  kind: AddressSearchError['kind'] | 'not_configured' | 'failed';
  status?: number;
}

/**
 * A small cache with a time limit and a size limit: the oldest entries go first when it is full, and an entry
 * that is read moves to the back.
 */
function boundedCache<V>(size: number, ttlMs: number, now: () => number) {
  const entries = new Map<string, { value: V; expires: number }>();
  return {
    get(key: string): V | undefined {
      const found = entries.get(key);
      if (!found) return undefined;
      entries.delete(key);
      if (found.expires <= now()) return undefined;
      entries.set(key, found);
      return found.value;
    },
    set(key: string, value: V) {
      entries.delete(key);
      entries.set(key, { value, expires: now() + ttlMs });
      while (entries.size > size) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
    },
    /** Removes the entry if it still holds this value. */
    delete(key: string, value: V) {
      if (entries.get(key)?.value === value) entries.delete(key);
    },
  };
}

function unavailable(reason: UnavailableReason): AppError {
  const error = new AppError('SERVICE_UNAVAILABLE');
  error.cause = reason;
  return error;
}

/** The reason carried by a SERVICE_UNAVAILABLE error of this service, for the log. */
export function unavailableReason(error: unknown): UnavailableReason | undefined {
  if (!(error instanceof AppError) || error.code !== 'SERVICE_UNAVAILABLE') return undefined;
  const cause = error.cause as UnavailableReason | undefined;
  return cause && typeof cause.kind === 'string' ? cause : undefined;
}

export function createPlacesService(options: PlacesServiceOptions) {
  const now = options.now ?? Date.now;
  // Pending searches are kept too, so that the same text asked twice at once makes one request.
  const cache = boundedCache<Promise<AddressSuggestion[]>>(
    options.cacheSize ?? 1000,
    options.cacheTtlMs ?? 10 * 60_000,
    now,
  );

  async function lookUp(kommunenummer: string, text: string): Promise<AddressSuggestion[]> {
    const client = options.client;
    if (!client) throw unavailable({ kind: 'not_configured' });
    try {
      const matches = await client.search(text, { kommunenummer, limit: MAX_SUGGESTIONS });
      const seen = new Set<string>();
      const suggestions: AddressSuggestion[] = [];
      for (const m of matches) {
        if (seen.has(m.label)) continue;
        seen.add(m.label);
        suggestions.push({
          label: m.label,
          street: m.street,
          postalCode: m.postalCode,
          postalPlace: m.postalPlace,
          latitude: m.latitude,
          longitude: m.longitude,
        });
      }
      return suggestions.slice(0, MAX_SUGGESTIONS);
    } catch (error) {
      if (error instanceof AddressSearchError) {
        throw unavailable({
          kind: error.kind,
          ...(error.details.status === undefined ? {} : { status: error.details.status }),
        });
      }
      throw unavailable({ kind: 'failed' });
    }
  }

  return {
    /**
     * Up to eight addresses in the municipality matching what the person has typed so far. The municipality is
     * one this installation serves (the route's access hook has resolved it).
     */
    async searchAddresses(kommunenummer: string, input: string): Promise<AddressSuggestion[]> {
      const text = input.trim().replace(/\s+/g, ' ');
      const fields: FieldError[] = [];
      if (text.length < MIN_QUERY_LENGTH) {
        fields.push({ field: 'query/q', rule: 'minLength', params: { limit: MIN_QUERY_LENGTH } });
      } else if (text.length > MAX_QUERY_LENGTH) {
        fields.push({ field: 'query/q', rule: 'maxLength', params: { limit: MAX_QUERY_LENGTH } });
      }
      if (fields.length > 0) throw new AppError('VALIDATION_FAILED', {}, fields);

      const key = `${kommunenummer}\u0000${text.toLocaleLowerCase('nb')}`;
      const cached = cache.get(key);
      if (cached) return cached;
      const pending = lookUp(kommunenummer, text);
      cache.set(key, pending);
      // Failures are not kept: the next keystroke tries again.
      pending.catch(() => cache.delete(key, pending));
      return pending;
    },
  };
}

export type PlacesService = ReturnType<typeof createPlacesService>;
