/**
 * A local stand-in for Enhetsregisteret's open API, for tests and development: a real HTTP server on 127.0.0.1
 * speaking the paths and answer shapes of data.brreg.no/enhetsregisteret/api for the entities it is given:
 * one entity (200; 404 unknown; 410 Gone with the short answer for a deleted one), name search (HAL pages with
 * links and paging, no _embedded when nothing matches), the gzip bulk download and the change feed. Changes made
 * through put/remove appear in the change feed as the register's do.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';
import { BULK_MEDIA_TYPE, MAX_SEARCH_DEPTH } from '../../src/integrations/enhetsregisteret/client.ts';
import { writeBulkArray } from '../../src/integrations/enhetsregisteret/write-bulk.ts';

export const STAND_IN_BASE_PATH = '/enhetsregisteret/api';

type Entity = Record<string, unknown>;

export interface StandInUpdate {
  oppdateringsid: number;
  dato: string;
  organisasjonsnummer: string;
  endringstype: string;
}

export interface EnhetsregisteretStandIn {
  /** Base URL to give the client, e.g. http://127.0.0.1:41234/enhetsregisteret/api */
  url: string;
  /** Requests received, in order. */
  requests: { method: string; path: string; query: Record<string, string> }[];
  /** The change feed so far. */
  updates: readonly StandInUpdate[];
  /** Answer the next requests with this status (e.g. 500, 503) instead of serving them. */
  failNext(status: number, times?: number): void;
  /** Delay every answer (to provoke client timeouts). */
  setDelay(ms: number): void;
  /** Adds or replaces an entity and records the change ('Ny' for a new number, else 'Endring'). */
  put(entity: Entity, changeType?: string): void;
  /** Deletes an entity: it is answered with 410 and its short form from now on; records 'Sletting'. */
  remove(organisationNumber: string, deletedOn: string): void;
  /** Records a change feed entry without changing any entity. */
  recordUpdate(organisationNumber: string, changeType: string): void;
  close(): Promise<void>;
}

export interface EnhetsregisteretStandInOptions {
  /** Enhet objects; one with slettedato is a deleted entity. */
  entities: Iterable<Entity>;
  /** The clock for change feed dates (default: now). */
  now?: () => Date;
  /** First oppdateringsid of the feed. */
  firstUpdateId?: number;
  port?: number;
}

function send(res: ServerResponse, status: number, body: object | string) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json;charset=UTF-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function errorBody(status: number, error: string, message: string, path: string) {
  return { timestamp: new Date().toISOString(), status, error, message, path };
}

/** The short answer the register gives for a deleted entity. */
function deletedForm(entity: Entity, base: string): Entity {
  const number = String(entity.organisasjonsnummer);
  return {
    organisasjonsnummer: number,
    navn: entity.navn,
    organisasjonsform: entity.organisasjonsform,
    slettedato: entity.slettedato,
    _links: { self: { href: `${base}/enheter/${number}` } },
  };
}

function addressOf(entity: Entity): Record<string, unknown> | undefined {
  const business = entity.forretningsadresse;
  const postal = entity.postadresse;
  if (typeof business === 'object' && business !== null) return business as Record<string, unknown>;
  if (typeof postal === 'object' && postal !== null) return postal as Record<string, unknown>;
  return undefined;
}

function withLink(entity: Entity, base: string): Entity {
  return { ...entity, _links: { self: { href: `${base}/enheter/${String(entity.organisasjonsnummer)}` } } };
}

function intParam(value: string | undefined, fallback: number): number | null {
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value)) return null;
  return Number(value);
}

export async function startEnhetsregisteretStandIn(
  options: EnhetsregisteretStandInOptions,
): Promise<EnhetsregisteretStandIn> {
  const entities = new Map<string, Entity>();
  for (const entity of options.entities) entities.set(String(entity.organisasjonsnummer), entity);
  const clock = options.now ?? (() => new Date());
  const updates: StandInUpdate[] = [];
  let nextUpdateId = options.firstUpdateId ?? 1_000;
  const requests: EnhetsregisteretStandIn['requests'] = [];
  let failures: { status: number; times: number } | undefined;
  let delayMs = 0;
  let origin = '';

  const record = (organisationNumber: string, changeType: string) => {
    updates.push({
      oppdateringsid: nextUpdateId++,
      dato: clock().toISOString(),
      organisasjonsnummer: organisationNumber,
      endringstype: changeType,
    });
  };

  function page(
    res: ServerResponse,
    url: URL,
    embeddedName: string,
    hits: Entity[],
    pageNumber: number,
    size: number,
    toItem: (hit: Entity) => Entity,
  ) {
    const base = `${origin}${url.pathname}`;
    const query = new URLSearchParams(url.searchParams);
    const link = (n: number) => {
      query.set('page', String(n));
      query.set('size', String(size));
      return { href: `${base}?${query.toString()}` };
    };
    const totalPages = Math.ceil(hits.length / size);
    const slice = hits.slice(pageNumber * size, (pageNumber + 1) * size);
    const links: Record<string, { href: string }> = { self: { href: `${base}${url.search}` } };
    if (totalPages > 0) {
      links.first = link(0);
      if (pageNumber > 0) links.prev = link(pageNumber - 1);
      if (pageNumber + 1 < totalPages) links.next = link(pageNumber + 1);
      links.last = link(totalPages - 1);
    }
    send(res, 200, {
      ...(slice.length > 0 ? { _embedded: { [embeddedName]: slice.map(toItem) } } : {}),
      _links: links,
      page: { size, totalElements: hits.length, totalPages, number: pageNumber },
    });
  }

  const api = `${STAND_IN_BASE_PATH}`;

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    requests.push({ method: req.method ?? '', path: url.pathname, query: Object.fromEntries(url.searchParams) });
    const base = `${origin}${api}`;
    if (failures && failures.times > 0) {
      failures.times--;
      return send(res, failures.status, errorBody(failures.status, 'Simulert feil', 'Simulert feil', url.pathname));
    }
    if (req.method !== 'GET') {
      return send(res, 405, errorBody(405, 'Method Not Allowed', 'Metoden er ikke tillatt', url.pathname));
    }
    if (!url.pathname.startsWith(`${api}/`)) {
      return send(res, 404, errorBody(404, 'Not Found', 'Ukjent adresse', url.pathname));
    }
    const path = url.pathname.slice(api.length);

    if (path === '/enheter/lastned') {
      res.writeHead(200, {
        'content-type': BULK_MEDIA_TYPE,
        'content-disposition': 'attachment; filename="enheter_alle.json.gz"',
      });
      const gzip = createGzip();
      gzip.pipe(res);
      const live = [...entities.values()].filter((e) => !e.slettedato).map((e) => withLink(e, base));
      writeBulkArray(gzip, live).then(
        () => gzip.end(),
        (error: unknown) => gzip.destroy(error as Error),
      );
      return;
    }

    const single = /^\/enheter\/([^/]+)$/.exec(path);
    if (single) {
      const number = single[1] as string;
      if (!/^\d{9}$/.test(number)) {
        return send(res, 400, errorBody(400, 'Bad Request', 'Ugyldig organisasjonsnummer', url.pathname));
      }
      const entity = entities.get(number);
      if (!entity) {
        return send(
          res,
          404,
          errorBody(404, 'Not Found', `Ingen enhet med organisasjonsnummer ${number} ble funnet`, url.pathname),
        );
      }
      if (entity.slettedato) return send(res, 410, deletedForm(entity, base));
      return send(res, 200, withLink(entity, base));
    }

    if (path === '/enheter') {
      const pageNumber = intParam(url.searchParams.get('page') ?? undefined, 0);
      const size = intParam(url.searchParams.get('size') ?? undefined, 20);
      if (pageNumber === null || size === null || size < 1 || (pageNumber + 1) * size > MAX_SEARCH_DEPTH) {
        return send(res, 400, errorBody(400, 'Bad Request', 'Ugyldig side eller størrelse', url.pathname));
      }
      const words = (url.searchParams.get('navn') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const kommunenummer = url.searchParams.get('kommunenummer');
      const voluntary = url.searchParams.get('registrertIFrivillighetsregisteret');
      const hits = [...entities.values()]
        .filter((e) => !e.slettedato)
        .filter((e) => {
          const name = String(e.navn ?? '').toLowerCase();
          return words.every((w) => name.includes(w));
        })
        .filter((e) => !kommunenummer || addressOf(e)?.kommunenummer === kommunenummer)
        .filter((e) => voluntary === null || String(e.registrertIFrivillighetsregisteret === true) === voluntary)
        .sort(
          (a, b) =>
            String(a.navn).localeCompare(String(b.navn), 'nb') ||
            String(a.organisasjonsnummer).localeCompare(String(b.organisasjonsnummer)),
        );
      return page(res, url, 'enheter', hits, pageNumber, size, (e) => withLink(e, base));
    }

    if (path === '/oppdateringer/enheter') {
      const pageNumber = intParam(url.searchParams.get('page') ?? undefined, 0);
      const size = intParam(url.searchParams.get('size') ?? undefined, 20);
      const fromId = intParam(url.searchParams.get('oppdateringsid') ?? undefined, 0);
      const dato = url.searchParams.get('dato');
      const since = dato ? new Date(dato) : undefined;
      if (
        pageNumber === null ||
        size === null ||
        size < 1 ||
        fromId === null ||
        (since && Number.isNaN(since.getTime())) ||
        (pageNumber + 1) * size > MAX_SEARCH_DEPTH
      ) {
        return send(res, 400, errorBody(400, 'Bad Request', 'Ugyldig forespørsel', url.pathname));
      }
      const numbers = url.searchParams.get('organisasjonsnummer')?.split(',');
      const hits = updates
        .filter((u) => u.oppdateringsid >= fromId)
        .filter((u) => !since || new Date(u.dato).getTime() >= since.getTime())
        .filter((u) => !numbers || numbers.includes(u.organisasjonsnummer))
        .map((u) => ({ ...u }) as Entity);
      return page(res, url, 'oppdaterteEnheter', hits, pageNumber, size, (u) => ({
        ...u,
        _links: { enhet: { href: `${base}/enheter/${String(u.organisasjonsnummer)}` } },
      }));
    }

    return send(res, 404, errorBody(404, 'Not Found', 'Ukjent adresse', url.pathname));
  };

  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (delayMs > 0) setTimeout(() => handle(req, res), delayMs);
      else handle(req, res);
    });
  });
  server.listen(options.port ?? 0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}${STAND_IN_BASE_PATH}`,
    requests,
    updates,
    failNext(status, times = 1) {
      failures = { status, times };
    },
    setDelay(ms) {
      delayMs = ms;
    },
    put(entity, changeType) {
      const number = String(entity.organisasjonsnummer);
      const known = entities.has(number);
      entities.set(number, entity);
      record(number, changeType ?? (known ? 'Endring' : 'Ny'));
    },
    remove(organisationNumber, deletedOn) {
      const entity = entities.get(organisationNumber);
      if (!entity) throw new Error(`the stand-in has no entity ${organisationNumber}`);
      entities.set(organisationNumber, { ...entity, slettedato: deletedOn });
      record(organisationNumber, 'Sletting');
    },
    recordUpdate(organisationNumber, changeType) {
      record(organisationNumber, changeType);
    },
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
