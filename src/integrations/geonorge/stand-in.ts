/**
 * A local stand-in for Kartverket's address search (ws.geonorge.no/adresser/v1), for tests and development:
 * a real HTTP server on 127.0.0.1 that answers GET /sok in the API's shape from the addresses it is given.
 * Every word of `sok` must begin a word of the address text, postal code or postal place (a `*` is ignored:
 * words always match from their start); `kommunenummer` filters; `treffPerSide` and `side` page. A request
 * without `sok` gets 400, as do malformed paging, municipality or coordinate system parameters.
 *
 * demoAddresses() gives the demo municipality's public places (where its activities are held and its shared
 * venues), and startDevAddressSearch() serves them for the development server.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_DEMO_SEED, DEMO_KOMMUNENUMMER, DEMO_MUNICIPALITY_NAME } from '../../demo/constants.ts';
import { generateDemoMunicipality } from '../../demo/generate.ts';
import { buildGeography } from '../../demo/geography.ts';
import { Random } from '../../demo/random.ts';
import { COORDINATE_SYSTEM, MAX_HITS_PER_PAGE } from './addresses.ts';

/** One address the stand-in serves. */
export interface StandInAddress {
  /** Street name (adressenavn), e.g. "Storgata". */
  street: string;
  number: number;
  /** House letter (bokstav), e.g. "B"; empty or absent when none. */
  letter?: string;
  postalCode: string;
  /** As the register writes it, in capitals ("DRAMMEN"). */
  postalPlace: string;
  kommunenummer: string;
  /** As the register writes it, in capitals ("DRAMMEN"). */
  municipalityName: string;
  latitude: number;
  longitude: number;
}

export interface AddressSearchStandIn {
  /** Base URL to give the client, e.g. http://127.0.0.1:41234/adresser/v1 */
  url: string;
  /** Requests received, in order. */
  requests: { method: string; path: string; query: Record<string, string> }[];
  /** Answer the next requests with this status (e.g. 500, 503) instead of serving them. */
  failNext(status: number, times?: number): void;
  /** Close the connection of the next requests without an answer (a network failure for the client). */
  dropNext(times?: number): void;
  /** Delay every answer (to provoke client timeouts). */
  setDelay(ms: number): void;
  close(): Promise<void>;
}

export interface AddressSearchStandInOptions {
  addresses: Iterable<StandInAddress>;
  port?: number;
}

export const STAND_IN_BASE_PATH = '/adresser/v1';

function send(res: ServerResponse, status: number, body: object) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json;charset=UTF-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

const badRequest = (res: ServerResponse, message: string) => send(res, 400, { code: 400, message });

const words = (value: string) =>
  value
    .toLocaleLowerCase('nb')
    .replace(/[,*]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');

const addressText = (a: StandInAddress) => `${a.street} ${a.number}${a.letter ?? ''}`;

/** The entry as the API writes it. */
function entry(a: StandInAddress) {
  const letter = a.letter ?? '';
  return {
    adressenavn: a.street,
    adressetekst: addressText(a),
    adressetilleggsnavn: null,
    adressekode: 0,
    nummer: a.number,
    bokstav: letter,
    kommunenummer: a.kommunenummer,
    kommunenavn: a.municipalityName,
    postnummer: a.postalCode,
    poststed: a.postalPlace,
    representasjonspunkt: { epsg: `EPSG:${COORDINATE_SYSTEM}`, lat: a.latitude, lon: a.longitude },
    objtype: 'Vegadresse',
    oppdateringsdato: '2026-01-01T00:00:00',
  };
}

const compare = (a: StandInAddress, b: StandInAddress) =>
  a.street.localeCompare(b.street, 'nb') ||
  a.number - b.number ||
  (a.letter ?? '').localeCompare(b.letter ?? '', 'nb') ||
  a.postalCode.localeCompare(b.postalCode);

const whole = (value: string | null, min: number, max: number, fallback: number): number | null => {
  if (value === null) return fallback;
  if (!/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
};

export async function startAddressSearchStandIn(options: AddressSearchStandInOptions): Promise<AddressSearchStandIn> {
  const indexed = [...options.addresses].sort(compare).map((address) => ({
    address,
    words: words(`${addressText(address)} ${address.postalCode} ${address.postalPlace}`),
  }));
  const requests: AddressSearchStandIn['requests'] = [];
  let failures: { status: number; times: number } | undefined;
  let drops = 0;
  let delayMs = 0;

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    // The client gave up waiting (a timeout): nothing to answer, and the failure controls stay for the next.
    if (res.destroyed) return;
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const params = url.searchParams;
    if (drops > 0) {
      drops--;
      res.socket?.destroy();
      return;
    }
    if (failures && failures.times > 0) {
      failures.times--;
      return send(res, failures.status, { code: failures.status, message: 'Simulert feil' });
    }
    if (req.method !== 'GET') return send(res, 405, { code: 405, message: 'Metoden er ikke tillatt' });
    if (url.pathname !== `${STAND_IN_BASE_PATH}/sok`) return send(res, 404, { code: 404, message: 'Ikke funnet' });

    const sok = params.get('sok');
    if (sok === null || sok.trim() === '') return badRequest(res, "Mangler søkeparameter 'sok'");
    const perPage = whole(params.get('treffPerSide'), 1, MAX_HITS_PER_PAGE, 10);
    if (perPage === null) return badRequest(res, `treffPerSide må være et heltall 1-${MAX_HITS_PER_PAGE}`);
    const page = whole(params.get('side'), 0, 100_000, 0);
    if (page === null) return badRequest(res, 'side må være et heltall fra 0');
    const kommunenummer = params.get('kommunenummer');
    if (kommunenummer !== null && !/^\d{4}$/.test(kommunenummer)) {
      return badRequest(res, 'kommunenummer må ha fire sifre');
    }
    const system = params.get('utkoordsys');
    if (system !== null && system !== COORDINATE_SYSTEM) {
      return badRequest(res, `Denne tjenesten gir bare koordinater i EPSG:${COORDINATE_SYSTEM}`);
    }

    const wanted = words(sok);
    const hits = indexed.filter(
      (item) =>
        (kommunenummer === null || item.address.kommunenummer === kommunenummer) &&
        wanted.every((w) => item.words.some((candidate) => candidate.startsWith(w))),
    );
    const from = page * perPage;
    const shown = hits.slice(from, from + perPage).map((item) => entry(item.address));
    return send(res, 200, {
      metadata: {
        totaltAntallTreff: hits.length,
        side: page,
        treffPerSide: perPage,
        viserFra: from,
        viserTil: from + shown.length,
        sokeStreng: url.search.slice(1),
        asciiKompatibel: params.get('asciiKompatibel') !== 'false',
      },
      adresser: shown,
    });
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    requests.push({ method: req.method ?? '', path: url.pathname, query: Object.fromEntries(url.searchParams) });
    req.resume();
    req.on('end', () => {
      if (delayMs > 0) setTimeout(() => handle(req, res), delayMs);
      else handle(req, res);
    });
  });
  server.listen(options.port ?? 0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${STAND_IN_BASE_PATH}`,
    requests,
    failNext(status, times = 1) {
      failures = { status, times };
    },
    dropNext(times = 1) {
      drops = times;
    },
    setDelay(ms) {
      delayMs = ms;
    },
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

const STREET_ADDRESS = /^(.*\S)\s+(\d+)([A-Za-z]?)$/;

/**
 * The demo municipality's addresses: where its activities are held and its shared venues (schools, halls,
 * libraries…), all public places. People's home addresses are deliberately left out. Deterministic: the same
 * seed always gives the same list, in the same order.
 */
export function demoAddresses(seed: number = DEFAULT_DEMO_SEED): StandInAddress[] {
  const demo = generateDemoMunicipality({ seed, children: 0 });
  // The geography of generateDemoMunicipality is built from this stream of the seed (see demo/generate.ts).
  const geography = buildGeography(new Random(seed ^ 0x5eed0001));
  const places = [...demo.activities, ...[...geography.venues.values()].map((venue) => venue.address)];
  const byText = new Map<string, StandInAddress>();
  for (const place of places) {
    const match = STREET_ADDRESS.exec(place.streetAddress);
    if (!match) continue;
    const key = `${place.streetAddress}|${place.postalCode}`;
    if (byText.has(key)) continue;
    byText.set(key, {
      street: match[1] as string,
      number: Number(match[2]),
      letter: (match[3] as string).toUpperCase(),
      postalCode: place.postalCode,
      postalPlace: place.postalPlace.toLocaleUpperCase('nb'),
      kommunenummer: DEMO_KOMMUNENUMMER,
      municipalityName: DEMO_MUNICIPALITY_NAME.toLocaleUpperCase('nb'),
      latitude: place.latitude,
      longitude: place.longitude,
    });
  }
  return [...byText.values()].sort(compare);
}

/** The address search for the development server: the stand-in with the demo municipality's addresses. */
export async function startDevAddressSearch(
  options: { seed?: number; port?: number } = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const standIn = await startAddressSearchStandIn({
    addresses: demoAddresses(options.seed),
    ...(options.port === undefined ? {} : { port: options.port }),
  });
  return { url: standIn.url, close: () => standIn.close() };
}
