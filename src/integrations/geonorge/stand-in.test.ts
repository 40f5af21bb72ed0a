import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEMO_KOMMUNENUMMER, generateDemoMunicipality } from '../../demo/generate.ts';
import { parseAddressSearch } from './addresses.ts';
import {
  type AddressSearchStandIn,
  demoAddresses,
  type StandInAddress,
  startAddressSearchStandIn,
  startDevAddressSearch,
} from './stand-in.ts';

const many: StandInAddress[] = Array.from({ length: 25 }, (_, i) => ({
  street: 'Elvegata',
  number: i + 1,
  postalCode: '3015',
  postalPlace: 'DRAMMEN',
  kommunenummer: '3301',
  municipalityName: 'DRAMMEN',
  latitude: 59.74 + i / 10_000,
  longitude: 10.2,
}));

describe('the stand-in', () => {
  let standIn: AddressSearchStandIn;
  before(async () => {
    standIn = await startAddressSearchStandIn({ addresses: many });
  });
  after(async () => {
    await standIn.close();
  });
  const get = async (query: string) => {
    const res = await fetch(`${standIn.url}/sok?${query}`);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  test('answers in the API shape, paged by treffPerSide and side', async () => {
    const { status, body } = await get('sok=elvegata&treffPerSide=10&side=2&utkoordsys=4258');
    assert.equal(status, 200);
    assert.deepEqual(body.metadata, {
      totaltAntallTreff: 25,
      side: 2,
      treffPerSide: 10,
      viserFra: 20,
      viserTil: 25,
      sokeStreng: 'sok=elvegata&treffPerSide=10&side=2&utkoordsys=4258',
      asciiKompatibel: true,
    });
    const parsed = parseAddressSearch(body);
    assert.ok(parsed.ok);
    assert.equal(parsed.skipped, 0);
    assert.deepEqual(
      parsed.addresses.map((a) => a.street),
      ['Elvegata 21', 'Elvegata 22', 'Elvegata 23', 'Elvegata 24', 'Elvegata 25'],
    );
  });

  test('every word must begin a word of the address', async () => {
    const hits = (await get('sok=elve%202*&treffPerSide=100')).body.adresser as { adressetekst: string }[];
    assert.deepEqual(
      hits.map((h) => h.adressetekst),
      ['Elvegata 2', 'Elvegata 20', 'Elvegata 21', 'Elvegata 22', 'Elvegata 23', 'Elvegata 24', 'Elvegata 25'],
    );
    assert.equal(((await get('sok=gata')).body.adresser as unknown[]).length, 0);
    assert.equal(((await get('sok=drammen&treffPerSide=1000')).body.adresser as unknown[]).length, 25);
  });

  test('400 without sok or with malformed parameters', async () => {
    assert.equal((await get('kommunenummer=3301')).status, 400);
    assert.equal((await get('sok=')).status, 400);
    assert.equal((await get('sok=elve&treffPerSide=0')).status, 400);
    assert.equal((await get('sok=elve&treffPerSide=1001')).status, 400);
    assert.equal((await get('sok=elve&side=-1')).status, 400);
    assert.equal((await get('sok=elve&kommunenummer=33')).status, 400);
    assert.equal((await get('sok=elve&utkoordsys=25833')).status, 400);
  });

  test('failNext answers with the status it is given', async () => {
    standIn.failNext(503, 1);
    assert.equal((await get('sok=elve')).status, 503);
    assert.equal((await get('sok=elve')).status, 200);
  });
});

describe('demoAddresses', () => {
  test('the public places of the demo municipality, the same every time', () => {
    const first = demoAddresses();
    assert.ok(first.length > 50, `only ${first.length} addresses`);
    assert.deepEqual(demoAddresses(), first);
    for (const a of first) {
      assert.equal(a.kommunenummer, DEMO_KOMMUNENUMMER);
      assert.match(a.postalCode, /^\d{4}$/);
      assert.ok(a.number >= 1);
      assert.ok(Math.abs(a.latitude - 59.74) < 0.2 && Math.abs(a.longitude - 10.2) < 0.3);
    }
    const keys = first.map((a) => `${a.street} ${a.number}${a.letter}|${a.postalCode}`);
    assert.equal(new Set(keys).size, keys.length, 'no address twice');
  });

  test("every activity's address is there, with the activity's coordinates; no home address is added", () => {
    const demo = generateDemoMunicipality({ seed: 20260801, children: 0 });
    const byKey = new Map(demoAddresses().map((a) => [`${a.street} ${a.number}${a.letter}|${a.postalCode}`, a]));
    const activityKeys = new Set<string>();
    for (const activity of demo.activities) {
      const key = `${activity.streetAddress}|${activity.postalCode}`;
      activityKeys.add(key);
      const found = byKey.get(key);
      assert.ok(found, `${activity.streetAddress} is missing`);
      assert.equal(found.latitude, activity.latitude);
      assert.equal(found.longitude, activity.longitude);
    }
    // The rest are the shared venues (schools, halls, libraries) that no activity uses: a handful.
    assert.ok(byKey.size - activityKeys.size < 20);
  });

  test('the development address search serves them', async () => {
    const dev = await startDevAddressSearch();
    try {
      const some = demoAddresses()[0];
      assert.ok(some);
      const res = await fetch(`${dev.url}/sok?sok=${encodeURIComponent(some.street)}&kommunenummer=3999`);
      const parsed = parseAddressSearch(await res.json());
      assert.ok(parsed.ok);
      assert.ok(parsed.addresses.some((a) => a.street.startsWith(some.street)));
    } finally {
      await dev.close();
    }
  });
});
