import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import {
  AddressSearchError,
  createAddressSearchClient,
  parseAddressEntry,
  parseAddressSearch,
  searchText,
  titleCasePlace,
} from './addresses.ts';
import { type AddressSearchStandIn, type StandInAddress, startAddressSearchStandIn } from './stand-in.ts';

/** An entry as the API gives it, with the fields the platform does not use. */
const storgata = {
  adressenavn: 'Storgata',
  adressetekst: 'Storgata 12B',
  adressetilleggsnavn: null,
  adressekode: 12345,
  nummer: 12,
  bokstav: 'B',
  kommunenummer: '3301',
  kommunenavn: 'DRAMMEN',
  gardsnummer: 114,
  bruksnummer: 72,
  festenummer: 0,
  undernummer: null,
  bruksenhetsnummer: ['H0101'],
  objtype: 'Vegadresse',
  poststed: 'DRAMMEN',
  postnummer: '3015',
  adressetekstutenadressetilleggsnavn: 'Storgata 12B',
  stedfestingverifisert: true,
  representasjonspunkt: { epsg: 'EPSG:4258', lat: 59.74381, lon: 10.20412 },
  oppdateringsdato: '2024-05-02T10:41:05',
};

const sampleBody = {
  metadata: {
    totaltAntallTreff: 5,
    side: 0,
    treffPerSide: 10,
    viserFra: 0,
    viserTil: 5,
    sokeStreng: 'sok=storgata*&kommunenummer=3301&treffPerSide=10&side=0&utkoordsys=4258&asciiKompatibel=true',
    asciiKompatibel: true,
  },
  adresser: [
    storgata,
    { ...storgata, adressetekst: 'Storgata 14', nummer: 14, bokstav: '', poststed: 'SANDE I VESTFOLD' },
    { ...storgata, representasjonspunkt: undefined },
    { ...storgata, representasjonspunkt: { epsg: 'EPSG:25833', nord: 6625000.5, øst: 571000.2 } },
    { ...storgata, postnummer: null },
  ],
};

describe('parseAddressSearch', () => {
  test('reads the entries and skips the ones it cannot use', () => {
    const parsed = parseAddressSearch(sampleBody);
    assert.ok(parsed.ok);
    assert.equal(parsed.skipped, 3);
    assert.equal(parsed.totalHits, 5);
    assert.deepEqual(parsed.addresses, [
      {
        label: 'Storgata 12B, 3015 Drammen',
        street: 'Storgata 12B',
        postalCode: '3015',
        postalPlace: 'Drammen',
        kommunenummer: '3301',
        latitude: 59.74381,
        longitude: 10.20412,
      },
      {
        label: 'Storgata 14, 3015 Sande i Vestfold',
        street: 'Storgata 14',
        postalCode: '3015',
        postalPlace: 'Sande i Vestfold',
        kommunenummer: '3301',
        latitude: 59.74381,
        longitude: 10.20412,
      },
    ]);
  });

  test('an answer without hits is an empty list', () => {
    const parsed = parseAddressSearch({ metadata: { totaltAntallTreff: 0 }, adresser: [] });
    assert.deepEqual(parsed, { ok: true, addresses: [], skipped: 0, totalHits: 0 });
  });

  test('refuses what is not an answer of the API', () => {
    assert.deepEqual(parseAddressSearch(null), { ok: false, reason: 'not_an_object' });
    assert.deepEqual(parseAddressSearch([storgata]), { ok: false, reason: 'not_an_object' });
    assert.deepEqual(parseAddressSearch({ metadata: {} }), { ok: false, reason: 'adresser_not_an_array' });
  });

  test('builds the address text from name, number and letter when adressetekst is missing', () => {
    const parsed = parseAddressEntry({ ...storgata, adressetekst: undefined });
    assert.equal(parsed?.street, 'Storgata 12B');
  });

  test('skips entries with coordinates out of range, non-numeric coordinates or a bad kommunenummer', () => {
    assert.equal(
      parseAddressEntry({ ...storgata, representasjonspunkt: { epsg: 'EPSG:4258', lat: 95, lon: 10 } }),
      null,
    );
    assert.equal(
      parseAddressEntry({ ...storgata, representasjonspunkt: { epsg: 'EPSG:4258', lat: '59.7', lon: '10.2' } }),
      null,
    );
    assert.equal(parseAddressEntry({ ...storgata, kommunenummer: '33' }), null);
    assert.equal(parseAddressEntry('Storgata 12B'), null);
  });

  test('place names in title case', () => {
    assert.equal(titleCasePlace('DRAMMEN'), 'Drammen');
    assert.equal(titleCasePlace('MO I RANA'), 'Mo i Rana');
    assert.equal(titleCasePlace('ØVRE ÅRDAL'), 'Øvre Årdal');
    assert.equal(titleCasePlace('BRØNNØYSUND'), 'Brønnøysund');
    assert.equal(titleCasePlace('SAUDA-LIA'), 'Sauda-Lia');
  });

  test('the search text: commas dropped, the last word matched from its start', () => {
    assert.equal(searchText('  Storgata 12, Drammen '), 'Storgata 12 Drammen*');
    assert.equal(searchText('Storg**'), 'Storg*');
    assert.equal(searchText(' , '), '');
  });
});

const addresses: StandInAddress[] = [
  { street: 'Storgata', number: 12, letter: 'B', postalCode: '3015', postalPlace: 'DRAMMEN' },
  { street: 'Storgata', number: 14, postalCode: '3015', postalPlace: 'DRAMMEN' },
  { street: 'Storgata', number: 3, postalCode: '3050', postalPlace: 'MJØNDALEN', kommunenummer: '3312' },
  { street: 'Bragernes torg', number: 1, postalCode: '3017', postalPlace: 'DRAMMEN' },
].map((a) => ({
  kommunenummer: '3301',
  municipalityName: 'DRAMMEN',
  latitude: 59.74,
  longitude: 10.2,
  ...a,
}));

describe('the client against the stand-in', () => {
  let standIn: AddressSearchStandIn;
  before(async () => {
    standIn = await startAddressSearchStandIn({ addresses });
  });
  after(async () => {
    await standIn.close();
  });
  beforeEach(() => {
    standIn.requests.length = 0;
    standIn.setDelay(0);
  });
  const client = (timeoutMs = 2_000) => createAddressSearchClient({ baseUrl: standIn.url, timeoutMs, retryDelayMs: 1 });

  test('searches with the documented parameters', async () => {
    const found = await client().search('storg 12', { kommunenummer: '3301', limit: 8 });
    assert.deepEqual(
      found.map((a) => a.label),
      ['Storgata 12B, 3015 Drammen'],
    );
    assert.deepEqual(standIn.requests, [
      {
        method: 'GET',
        path: '/adresser/v1/sok',
        query: {
          sok: 'storg 12*',
          kommunenummer: '3301',
          treffPerSide: '8',
          side: '0',
          utkoordsys: '4258',
          asciiKompatibel: 'true',
        },
      },
    ]);
  });

  test('the municipality filter keeps other municipalities out', async () => {
    const all = await client().search('Storgata');
    assert.equal(all.length, 3);
    const drammen = await client().search('Storgata', { kommunenummer: '3301' });
    assert.deepEqual(
      drammen.map((a) => a.street),
      ['Storgata 12B', 'Storgata 14'],
    );
    assert.deepEqual(await client().search('Storgata', { kommunenummer: '0301' }), []);
  });

  test('matches on postal place and postal code too', async () => {
    const found = await client().search('storgata mjøn');
    assert.deepEqual(
      found.map((a) => a.label),
      ['Storgata 3, 3050 Mjøndalen'],
    );
    assert.equal((await client().search('3017')).length, 1);
  });

  test('a slow answer is a timeout, not tried again', async () => {
    standIn.setDelay(600);
    let attempts = 0;
    const slow = createAddressSearchClient({
      baseUrl: standIn.url,
      timeoutMs: 100,
      retryDelayMs: 1,
      fetch: (input, init) => {
        attempts++;
        return fetch(input, init);
      },
    });
    await assert.rejects(
      slow.search('Storgata'),
      (error: unknown) => error instanceof AddressSearchError && error.kind === 'timeout',
    );
    assert.equal(attempts, 1);
    // Let the late answer pass before the next test.
    await new Promise((resolve) => setTimeout(resolve, 700));
  });

  test('a 5xx is tried once more, and the second answer counts', async () => {
    standIn.failNext(503, 1);
    const found = await client().search('Bragernes');
    assert.equal(found.length, 1);
    assert.equal(standIn.requests.length, 2);
  });

  test('a dropped connection is tried once more', async () => {
    standIn.dropNext(1);
    const found = await client().search('Bragernes');
    assert.equal(found.length, 1);
    assert.equal(standIn.requests.length, 2);
  });

  test('down on both attempts: an AddressSearchError', async () => {
    standIn.failNext(502, 2);
    await assert.rejects(
      client().search('Bragernes'),
      (error: unknown) =>
        error instanceof AddressSearchError && error.kind === 'http_status' && error.details.status === 502,
    );
    assert.equal(standIn.requests.length, 2);
    standIn.dropNext(2);
    await assert.rejects(
      client().search('Bragernes'),
      (error: unknown) => error instanceof AddressSearchError && error.kind === 'network',
    );
  });

  test('nothing listening: an AddressSearchError', async () => {
    const closed = await startAddressSearchStandIn({ addresses: [] });
    await closed.close();
    await assert.rejects(
      createAddressSearchClient({ baseUrl: closed.url, retryDelayMs: 1 }).search('Storgata'),
      (error: unknown) => error instanceof AddressSearchError && error.kind === 'network',
    );
  });

  test('a 400 is not tried again', async () => {
    standIn.failNext(400, 1);
    await assert.rejects(
      client().search('Bragernes'),
      (error: unknown) => error instanceof AddressSearchError && error.details.status === 400,
    );
    assert.equal(standIn.requests.length, 1);
  });

  test('an unreadable answer is an invalid_response', async () => {
    const odd = createAddressSearchClient({
      baseUrl: 'http://address-search.invalid',
      fetch: async () => new Response('<html>', { status: 200 }),
    });
    await assert.rejects(
      odd.search('Storgata'),
      (error: unknown) => error instanceof AddressSearchError && error.kind === 'invalid_response',
    );
    const wrongShape = createAddressSearchClient({
      baseUrl: 'http://address-search.invalid',
      fetch: async () => Response.json({ hits: [] }),
    });
    await assert.rejects(
      wrongShape.search('Storgata'),
      (error: unknown) => error instanceof AddressSearchError && error.kind === 'invalid_response',
    );
  });

  test('empty text sends nothing', async () => {
    assert.deepEqual(await client().search('  '), []);
    assert.equal(standIn.requests.length, 0);
  });
});
