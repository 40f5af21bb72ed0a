/**
 * Client for Enhetsregisteret's open API (data.brreg.no/enhetsregisteret/api, no authentication): one entity,
 * name search, the bulk download and the change feed. Paths and parameters follow the register's OpenAPI
 * description (shared/standards/brreg/enhetsregisteret.yml); answers are read with parseEntity.
 *
 * Every request has a timeout and is retried with growing pauses when the register answers 5xx or 429 or the
 * connection fails; what still fails is an EnhetsregisteretError, which the organisations service turns into
 * REGISTER_UNAVAILABLE.
 */
import { Readable } from 'node:stream';
import { isValidOrganisationNumber } from '../../domain/organisation-number.ts';
import { type OrganisationRecord, parseEntity } from './entity.ts';

export const DEFAULT_ENHETSREGISTERET_URL = 'https://data.brreg.no/enhetsregisteret/api';
/** The register answers at most page*size = 10 000 hits of a search. */
export const MAX_SEARCH_DEPTH = 10_000;
/** The media type the register documents for the gzip-compressed JSON bulk download. */
export const BULK_MEDIA_TYPE = 'application/vnd.brreg.enhetsregisteret.enhet.v2+gzip;charset=UTF-8';

export type EntityLookup =
  | { status: 'found'; record: OrganisationRecord }
  | { status: 'not_found' }
  /** 410 Gone (or an answer with slettedato): the record when the short answer could be read. */
  | { status: 'deleted'; deletedOn: string | null; record: OrganisationRecord | null };

export interface PageInfo {
  size: number;
  totalElements: number;
  totalPages: number;
  number: number;
}

export interface SearchResult {
  items: OrganisationRecord[];
  /** Hits of the page that could not be read (and are left out of items). */
  skipped: number;
  page: PageInfo;
}

export interface SearchOptions {
  /** Four-digit kommunenummer. */
  municipalityNumber?: string;
  /** Only entities registered in Frivillighetsregisteret. */
  voluntaryOnly?: boolean;
  /** Page number from 0. */
  page?: number;
  /** Hits per page, 1 to 100 (default 20). */
  size?: number;
}

/** One entry of the change feed /oppdateringer/enheter. */
export interface EntityUpdate {
  updateId: number;
  /** When the change was registered (ISO date-time, as the register gives it). */
  date: string;
  organisationNumber: string;
  /** endringstype: e.g. 'Ny', 'Endring', 'Sletting', 'Fjernet', 'Ukjent'. */
  changeType: string;
}

export interface UpdatesPage {
  updates: EntityUpdate[];
  /** Entries as the register sent them, readable or not (paging goes by these). */
  received: number;
  /** The highest oppdateringsid of the page, readable entries or not. */
  lastUpdateId: number | null;
}

/** Where to start reading the change feed: a date (YYYY-MM-DD, midnight UTC) or date-time, or an update id. */
export type UpdatesFrom = string | { fromUpdateId: number };

export interface EnhetsregisteretClient {
  getEntity(organisationNumber: string): Promise<EntityLookup>;
  searchByName(name: string, options?: SearchOptions): Promise<SearchResult>;
  /** The bulk download as a byte stream (gzip-compressed JSON array as the register serves it). */
  downloadBulk(): Promise<Readable>;
  /** One page of the change feed. */
  updatesPage(from: UpdatesFrom, size?: number): Promise<UpdatesPage>;
  /** Every change from a point on, in order, page after page (by oppdateringsid, so deep feeds work). */
  updatesSince(from: UpdatesFrom, options?: { pageSize?: number }): AsyncGenerator<EntityUpdate>;
}

export type EnhetsregisteretErrorKind =
  /** The number is not a valid organisation number; nothing was sent. */
  | 'invalid_organisation_number'
  /** No answer within the timeout, on every attempt. */
  | 'timeout'
  /** The connection failed on every attempt. */
  | 'network'
  /** An HTTP status the client does not expect (5xx and 429 after the retries). */
  | 'http_status'
  /** The answer was not what the API documents. */
  | 'invalid_response';

export class EnhetsregisteretError extends Error {
  constructor(
    readonly kind: EnhetsregisteretErrorKind,
    readonly details: { status?: number; reason?: string } = {},
  ) {
    const suffix = details.status ? ` (HTTP ${details.status})` : details.reason ? ` (${details.reason})` : '';
    super(`Enhetsregisteret request failed: ${kind}${suffix}`);
    this.name = 'EnhetsregisteretError';
  }
}

export interface EnhetsregisteretClientOptions {
  /** Default https://data.brreg.no/enhetsregisteret/api */
  baseUrl?: string;
  /** Per attempt, until the whole answer is read (for the bulk download: until the headers), default 10 s. */
  timeoutMs?: number;
  /** Further attempts after a 5xx, 429, timeout or connection failure, default 2. */
  retries?: number;
  /** Pause before the first retry, doubled for each further one (plus up to 25 % jitter), default 300 ms. */
  backoffMs?: number;
  /** Largest JSON answer accepted, default 5 MB. */
  maxResponseBytes?: number;
  fetch?: typeof fetch;
  /** For tests: how to wait between attempts. */
  sleep?: (ms: number) => Promise<void>;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A retryable failure of one attempt. */
class Retryable extends Error {
  constructor(readonly failure: EnhetsregisteretError) {
    super(failure.message);
  }
}

function toIsoDateTime(from: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(from)) {
    const date = new Date(`${from}T00:00:00.000Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(from)) return date.toISOString();
  } else if (/^\d{4}-\d{2}-\d{2}T/.test(from)) {
    const date = new Date(from);
    if (!Number.isNaN(date.getTime())) return date.toISOString();
  }
  throw new RangeError(`Not a date (YYYY-MM-DD) or ISO date-time: ${from}`);
}

function readPageInfo(value: unknown, fallback: PageInfo): PageInfo {
  if (!isObject(value)) return fallback;
  const int = (v: unknown, d: number) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : d);
  return {
    size: int(value.size, fallback.size),
    totalElements: int(value.totalElements, fallback.totalElements),
    totalPages: int(value.totalPages, fallback.totalPages),
    number: int(value.number, fallback.number),
  };
}

function readUpdate(value: unknown): EntityUpdate | null {
  if (!isObject(value)) return null;
  const { oppdateringsid, dato, organisasjonsnummer, endringstype } = value;
  if (typeof oppdateringsid !== 'number' || !Number.isSafeInteger(oppdateringsid)) return null;
  if (typeof organisasjonsnummer !== 'string' || !isValidOrganisationNumber(organisasjonsnummer)) return null;
  if (typeof dato !== 'string' || Number.isNaN(new Date(dato).getTime())) return null;
  return {
    updateId: oppdateringsid,
    date: dato,
    organisationNumber: organisasjonsnummer,
    changeType: typeof endringstype === 'string' ? endringstype : 'Ukjent',
  };
}

export function createEnhetsregisteretClient(options: EnhetsregisteretClientOptions = {}): EnhetsregisteretClient {
  const base = (options.baseUrl ?? DEFAULT_ENHETSREGISTERET_URL).replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = Math.max(0, options.retries ?? 2);
  const backoffMs = options.backoffMs ?? 300;
  const maxBytes = options.maxResponseBytes ?? 5_000_000;
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  const url = (path: string, query: Record<string, string | number | undefined> = {}) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
    const search = params.toString();
    return `${base}${path}${search ? `?${search}` : ''}`;
  };

  /**
   * One request with retries. `read` runs inside the attempt's timeout and decides what the answer means;
   * throwing Retryable from it asks for another attempt.
   */
  async function attempt<T>(
    target: string,
    accept: string,
    read: (response: Response, signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    for (let tried = 0; ; tried++) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      let failure: EnhetsregisteretError;
      let retryAfterMs = 0;
      try {
        const response = await doFetch(target, {
          method: 'GET',
          headers: { accept },
          signal: controller.signal,
        });
        if (response.status >= 500 || response.status === 429) {
          await response.body?.cancel().catch(() => undefined);
          const seconds = Number(response.headers.get('retry-after'));
          if (Number.isFinite(seconds) && seconds > 0) retryAfterMs = Math.min(seconds * 1000, 10_000);
          throw new Retryable(new EnhetsregisteretError('http_status', { status: response.status }));
        }
        return await read(response, controller.signal);
      } catch (error) {
        if (error instanceof EnhetsregisteretError) throw error;
        if (error instanceof Retryable) failure = error.failure;
        else if (controller.signal.aborted) failure = new EnhetsregisteretError('timeout');
        else failure = new EnhetsregisteretError('network');
      } finally {
        clearTimeout(timer);
      }
      if (tried >= retries) throw failure;
      const pause = backoffMs * 2 ** tried;
      await sleep(Math.max(retryAfterMs, pause + Math.floor(Math.random() * pause * 0.25)));
    }
  }

  async function readJson(response: Response): Promise<unknown> {
    const length = Number(response.headers.get('content-length') ?? '0');
    if (length > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new EnhetsregisteretError('invalid_response', { reason: 'too_large' });
    }
    const text = await response.text();
    if (text.length > maxBytes) throw new EnhetsregisteretError('invalid_response', { reason: 'too_large' });
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new EnhetsregisteretError('invalid_response', { reason: 'invalid_json' });
    }
  }

  async function getJson(path: string, query: Record<string, string | number | undefined>): Promise<unknown> {
    return attempt(url(path, query), 'application/json', async (response) => {
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new EnhetsregisteretError('http_status', { status: response.status });
      }
      return readJson(response);
    });
  }

  const client: EnhetsregisteretClient = {
    async getEntity(organisationNumber) {
      if (!isValidOrganisationNumber(organisationNumber)) {
        throw new EnhetsregisteretError('invalid_organisation_number');
      }
      return attempt(url(`/enheter/${organisationNumber}`), 'application/json', async (response) => {
        if (response.status === 404) {
          await response.body?.cancel().catch(() => undefined);
          return { status: 'not_found' } as const;
        }
        if (response.status === 410) {
          // The short answer of a deleted entity: number, name, form, slettedato.
          const body = await readJson(response).catch(() => null);
          const parsed = parseEntity(body);
          if (parsed.ok && parsed.record.organisationNumber === organisationNumber && parsed.record.deletedOn) {
            return { status: 'deleted', deletedOn: parsed.record.deletedOn, record: parsed.record } as const;
          }
          const slettedato = isObject(body) && typeof body.slettedato === 'string' ? body.slettedato : null;
          const deletedOn = slettedato && /^\d{4}-\d{2}-\d{2}$/.test(slettedato) ? slettedato : null;
          return { status: 'deleted', deletedOn, record: null } as const;
        }
        if (!response.ok) {
          await response.body?.cancel().catch(() => undefined);
          throw new EnhetsregisteretError('http_status', { status: response.status });
        }
        const parsed = parseEntity(await readJson(response));
        if (!parsed.ok) throw new EnhetsregisteretError('invalid_response', { reason: parsed.reason });
        if (parsed.record.organisationNumber !== organisationNumber) {
          throw new EnhetsregisteretError('invalid_response', { reason: 'another_entity' });
        }
        if (parsed.record.deletedOn) {
          return { status: 'deleted', deletedOn: parsed.record.deletedOn, record: parsed.record } as const;
        }
        return { status: 'found', record: parsed.record } as const;
      });
    },

    async searchByName(name, search = {}) {
      const page = Math.max(0, Math.floor(search.page ?? 0));
      const size = Math.min(100, Math.max(1, Math.floor(search.size ?? 20)));
      if ((page + 1) * size > MAX_SEARCH_DEPTH) {
        throw new RangeError(`The register answers at most ${MAX_SEARCH_DEPTH} hits (page * size)`);
      }
      const body = await getJson('/enheter', {
        navn: name.trim(),
        kommunenummer: search.municipalityNumber,
        registrertIFrivillighetsregisteret: search.voluntaryOnly ? 'true' : undefined,
        page,
        size,
      });
      if (!isObject(body)) throw new EnhetsregisteretError('invalid_response', { reason: 'not_an_object' });
      const embedded = isObject(body._embedded) ? body._embedded.enheter : undefined;
      if (embedded !== undefined && !Array.isArray(embedded)) {
        throw new EnhetsregisteretError('invalid_response', { reason: 'enheter_not_an_array' });
      }
      const items: OrganisationRecord[] = [];
      let skipped = 0;
      for (const hit of embedded ?? []) {
        const parsed = parseEntity(hit);
        if (parsed.ok) items.push(parsed.record);
        else skipped++;
      }
      const fallback = { size, totalElements: items.length + skipped, totalPages: 0, number: page };
      return { items, skipped, page: readPageInfo(body.page, fallback) };
    },

    async downloadBulk() {
      const target = url('/enheter/lastned');
      return attempt(target, `${BULK_MEDIA_TYPE}, application/gzip;q=0.9, */*;q=0.1`, async (response) => {
        if (!response.ok || !response.body) {
          await response.body?.cancel().catch(() => undefined);
          throw new EnhetsregisteretError('http_status', { status: response.status });
        }
        // The attempt's timeout ends with the headers; the body may take minutes. The abort signal of the
        // attempt is not passed on, so the stream lives on after this returns.
        return Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>);
      });
    },

    async updatesPage(from, size = 100) {
      const pageSize = Math.min(10_000, Math.max(1, Math.floor(size)));
      const query =
        typeof from === 'string'
          ? { dato: toIsoDateTime(from), size: pageSize, page: 0 }
          : { oppdateringsid: Math.max(1, Math.floor(from.fromUpdateId)), size: pageSize, page: 0 };
      const body = await getJson('/oppdateringer/enheter', query);
      if (!isObject(body)) throw new EnhetsregisteretError('invalid_response', { reason: 'not_an_object' });
      const embedded = isObject(body._embedded) ? body._embedded.oppdaterteEnheter : undefined;
      if (embedded !== undefined && !Array.isArray(embedded)) {
        throw new EnhetsregisteretError('invalid_response', { reason: 'oppdaterteEnheter_not_an_array' });
      }
      const entries = embedded ?? [];
      const updates: EntityUpdate[] = [];
      let lastUpdateId: number | null = null;
      for (const entry of entries) {
        const id = isObject(entry) ? entry.oppdateringsid : undefined;
        if (typeof id === 'number' && Number.isSafeInteger(id)) lastUpdateId = Math.max(lastUpdateId ?? id, id);
        const update = readUpdate(entry);
        if (update) updates.push(update);
      }
      return { updates, received: entries.length, lastUpdateId };
    },

    async *updatesSince(from, options = {}) {
      const size = Math.min(10_000, Math.max(1, Math.floor(options.pageSize ?? 500)));
      let next: UpdatesFrom = from;
      let previousLast = -1;
      for (;;) {
        const page = await client.updatesPage(next, size);
        for (const update of page.updates) yield update;
        if (page.received < size || page.lastUpdateId === null) return;
        // Never ask for the same page twice (a register that ignores the parameter would loop for ever).
        if (page.lastUpdateId <= previousLast) {
          throw new EnhetsregisteretError('invalid_response', { reason: 'feed_not_advancing' });
        }
        previousLast = page.lastUpdateId;
        next = { fromUpdateId: page.lastUpdateId + 1 };
      }
    },
  };
  return client;
}
