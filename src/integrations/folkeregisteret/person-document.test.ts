import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { geographicToUtm, utmToGeographic } from './coordinates.ts';
import { describeRejection, type PopulationRecord, parsePersonDocument } from './person-document.ts';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/population/', import.meta.url));
const lines2026 = readFileSync(`${FIXTURES}extract-2026.jsonl`, 'utf8').split('\n');
const lines2027 = readFileSync(`${FIXTURES}extract-2027.jsonl`, 'utf8').split('\n');

function record(line: string | undefined): PopulationRecord {
  const result = parsePersonDocument(line ?? '');
  assert.ok(result.ok, `expected a record, got ${result.ok ? '' : result.reason}`);
  return result.record;
}

function reason(line: string): string {
  const result = parsePersonDocument(line);
  assert.equal(result.ok, false);
  return result.ok ? '' : result.reason;
}

const base = {
  identifikasjonsnummer: [
    { foedselsEllerDNummer: '14831550180', identifikatortype: 'foedselsnummer', status: 'iBruk' },
  ],
  status: [{ status: 'bosatt' }],
  navn: [{ fornavn: 'Emma', etternavn: 'Hansen' }],
  foedsel: [{ foedselsdato: '2015-03-14' }],
};
const withFields = (fields: Record<string, unknown>) => JSON.stringify({ ...base, ...fields });

describe('person document', () => {
  test('a resident child with address, coordinates and two guardians', () => {
    const r = record(lines2026[0]);
    assert.equal(r.nationalId, '14831550180');
    assert.equal(r.givenName, 'Emma Sofie');
    assert.equal(r.familyName, 'Hansen');
    assert.equal(r.birthDate, '2015-03-14');
    assert.equal(r.status, 'resident');
    assert.equal(r.residenceKommunenummer, '3999');
    assert.equal(r.addressProtection, 'none');
    assert.equal(r.address?.streetAddress, 'Fjellveien 12B');
    assert.equal(r.address?.postalCode, '3999');
    assert.equal(r.address?.postalPlace, 'FJORDVIK');
    assert.equal(r.address?.latitude, 59.7412);
    assert.equal(r.address?.longitude, 10.2031);
    assert.deepEqual(r.guardianNationalIds, ['21868390120', '09818190260']);
  });

  test("a parent's own foreldreansvar entries (naming the child) are not guardians of the parent", () => {
    const mother = record(lines2026[1]);
    assert.deepEqual(mother.guardianNationalIds, []);
  });

  test('a guardian living in another municipality keeps that kommunenummer', () => {
    const father = record(lines2026[2]);
    assert.equal(father.status, 'resident');
    assert.equal(father.residenceKommunenummer, '3301');
  });

  test('a protected person never gets an address, whatever the document holds', () => {
    const strict = record(lines2026[4]);
    assert.equal(strict.addressProtection, 'strengt_fortrolig');
    assert.equal(strict.address, null);
    assert.equal(strict.residenceKommunenummer, '3999');
    assert.doesNotMatch(JSON.stringify(strict), /Skjultveien/);
    const confidential = record(lines2026[5]);
    assert.equal(confidential.addressProtection, 'fortrolig');
    assert.equal(confidential.address, null);
    assert.doesNotMatch(JSON.stringify(confidential), /Skjultveien/);
  });

  test('klientadresse counts as fortrolig, and a graded bostedsadresse protects on its own', () => {
    const address = {
      vegadresse: { kommunenummer: '3999', adressenavn: 'Hemmelig vei', adressenummer: { husnummer: 1 } },
    };
    const client = record(
      withFields({ adressebeskyttelse: [{ graderingsnivaa: 'klientadresse' }], bostedsadresse: [address] }),
    );
    assert.equal(client.addressProtection, 'fortrolig');
    assert.equal(client.address, null);
    const graded = record(withFields({ bostedsadresse: [{ ...address, adressegradering: 'strengtFortrolig' }] }));
    assert.equal(graded.addressProtection, 'strengt_fortrolig');
    assert.equal(graded.address, null);
  });

  test('strengtFortrolig abroad or with unknown residence is strengt fortrolig utland', () => {
    const abroad = record(lines2026[10]);
    assert.equal(abroad.status, 'moved_out');
    assert.equal(abroad.addressProtection, 'strengt_fortrolig_utland');
    assert.equal(abroad.residenceKommunenummer, null);
    const knownMunicipality = record(
      withFields({
        adressebeskyttelse: [{ graderingsnivaa: 'strengtFortrolig' }],
        bostedsadresse: [{ ukjentBosted: { bostedskommune: '3999' } }],
      }),
    );
    assert.equal(knownMunicipality.addressProtection, 'strengt_fortrolig');
    assert.equal(knownMunicipality.residenceKommunenummer, '3999');
  });

  test('a protected resident whose address the register withholds lives in Norway, and is a resident', () => {
    const withheld = record(
      withFields({ adressebeskyttelse: [{ graderingsnivaa: 'strengtFortrolig' }], status: [{ status: 'bosatt' }] }),
    );
    assert.equal(withheld.status, 'resident');
    assert.equal(withheld.addressProtection, 'strengt_fortrolig');
    assert.equal(withheld.residenceKommunenummer, null);
    assert.equal(withheld.residenceWithheld, true);
    assert.equal(withheld.address, null);
    const confidential = record(
      withFields({
        adressebeskyttelse: [{ graderingsnivaa: 'fortrolig' }],
        bostedsadresse: [{ ukjentBosted: {}, adressegradering: 'fortrolig' }],
      }),
    );
    assert.equal(confidential.residenceWithheld, true);
    // The municipality given without the address is the residence.
    const given = record(
      withFields({
        adressebeskyttelse: [{ graderingsnivaa: 'strengtFortrolig' }],
        bostedsadresse: [{ vegadresse: { kommunenummer: '3999' }, adressegradering: 'strengtFortrolig' }],
      }),
    );
    assert.equal(given.residenceKommunenummer, '3999');
    assert.equal(given.residenceWithheld, false);
    // Not protected, no address: nothing is withheld, the register just has no residence.
    assert.equal(record(withFields({})).residenceWithheld, false);
  });

  test('someone born after the day of the import is rejected; without a day nothing is checked', () => {
    const tomorrow = withFields({ foedsel: [{ foedselsdato: '2026-12-04' }] });
    const result = parsePersonDocument(tomorrow, { today: '2026-12-03' });
    assert.deepEqual(result, { ok: false, reason: 'birth_date_in_future' });
    assert.equal(parsePersonDocument(tomorrow, { today: '2026-12-04' }).ok, true);
    assert.match(describeRejection('birth_date_in_future'), /after/);
  });

  test('production refuses synthetic test numbers, for the person and for the guardians', () => {
    const real = { acceptSynthetic: false };
    // 14831550180 is a Tenor number (month + 80).
    assert.deepEqual(parsePersonDocument(withFields({}), { policy: real }), {
      ok: false,
      reason: 'synthetic_national_id',
    });
    assert.equal(parsePersonDocument(withFields({}), { policy: { acceptSynthetic: true } }).ok, true);
  });

  test('status mapping, death and the former residence', () => {
    const moved = record(lines2027[6]);
    assert.equal(moved.residenceKommunenummer, '0301');
    assert.deepEqual(moved.formerResidenceKommunenumre, ['3999']);
    const dead = record(lines2027[7]);
    assert.equal(dead.status, 'deceased');
    assert.equal(record(withFields({ status: [{ status: 'utflyttet' }] })).status, 'moved_out');
    assert.equal(record(withFields({ status: [{ status: 'ikkeBosatt' }] })).status, 'non_resident');
    assert.equal(record(withFields({ status: [{ status: 'midlertidig' }] })).status, 'non_resident');
    // A doedsfall with a date means dead even if the status entry lags behind.
    assert.equal(record(withFields({ doedsfall: { doedsdato: '2026-01-02' } })).status, 'deceased');
  });

  test('the current entry is the one marked erGjeldende; history is ignored', () => {
    const r = record(
      withFields({
        navn: [
          { fornavn: 'Gammel', etternavn: 'Navn', erGjeldende: false },
          { fornavn: 'Ny', etternavn: 'Navn', erGjeldende: true },
        ],
        status: [
          { status: 'bosatt', erGjeldende: true },
          { status: 'utflyttet', erGjeldende: false },
        ],
      }),
    );
    assert.equal(r.givenName, 'Ny');
    assert.equal(r.status, 'resident');
    const ended = record(lines2027[0]);
    assert.deepEqual(ended.guardianNationalIds, ['21868390120', '30897990039']);
  });

  test('a replaced number is kept as a former number', () => {
    const r = record(
      withFields({
        identifikasjonsnummer: [
          {
            foedselsEllerDNummer: '14831550180',
            identifikatortype: 'foedselsnummer',
            status: 'iBruk',
            erGjeldende: true,
          },
          { foedselsEllerDNummer: '02911250066', identifikatortype: 'dNummer', status: 'opphoert', erGjeldende: false },
        ],
      }),
    );
    assert.equal(r.nationalId, '14831550180');
    assert.deepEqual(r.formerNationalIds, ['02911250066']);
  });

  test('malformed documents are rejected with a reason and never echo the input', () => {
    assert.equal(reason(lines2026[9] ?? ''), 'json_syntax');
    assert.equal(reason(lines2026[11] ?? ''), 'invalid_national_id');
    assert.equal(reason(lines2026[12] ?? ''), 'missing_birth_date');
    assert.equal(reason(lines2026[14] ?? ''), 'unknown_status');
    assert.equal(reason('[]'), 'not_a_document');
    assert.equal(reason(withFields({ identifikasjonsnummer: [] })), 'missing_national_id');
    assert.equal(reason(withFields({ navn: [{ fornavn: 'Emma' }] })), 'missing_name');
    assert.equal(reason(withFields({ navn: [{ fornavn: 'Em\u0000ma', etternavn: 'H' }] })), 'invalid_name');
    assert.equal(reason(withFields({ navn: [{ fornavn: 'Em\ud800ma', etternavn: 'H' }] })), 'invalid_name');
    assert.equal(reason(withFields({ foedsel: { foedselsdato: '2015-02-30' } })), 'invalid_birth_date');
    assert.equal(reason(withFields({ status: [] })), 'missing_status');
    assert.equal(
      reason(withFields({ adressebeskyttelse: [{ graderingsnivaa: 'hemmelig' }] })),
      'unknown_address_protection',
    );
    assert.equal(reason(withFields({ bostedsadresse: [{ vegadresse: 'Storgata 1' }] })), 'invalid_address');
    assert.equal(
      reason(withFields({ foreldreansvar: [{ ansvar: 'mor', ansvarlig: '21868390121' }] })),
      'invalid_guardian_national_id',
    );
    assert.equal(reason('x'.repeat(1_000_001)), 'line_too_long');
    for (const r of ['json_syntax', 'invalid_national_id'] as const) assert.doesNotMatch(describeRejection(r), /\d{6}/);
  });

  test('an address without a valid postal code keeps the street and drops the code', () => {
    const r = record(
      withFields({
        bostedsadresse: [
          {
            vegadresse: {
              kommunenummer: '3999',
              adressenavn: 'Storgata',
              adressenummer: { husnummer: 1 },
              poststed: { postnummer: '12345' },
            },
          },
        ],
      }),
    );
    assert.equal(r.address?.streetAddress, 'Storgata 1');
    assert.equal(r.address?.postalCode, null);
    assert.equal(r.address?.latitude, null);
  });
});

describe('UTM coordinates', () => {
  test('a point on the central meridian of zone 33 at 60 degrees north', () => {
    const utm = geographicToUtm({ latitude: 60, longitude: 15 });
    assert.ok(Math.abs(utm.oest - 500_000) < 0.001);
    // 0.9996 times the meridian arc of GRS80 to 60 degrees (6 654 072.8 m).
    assert.ok(Math.abs(utm.nord - 6_651_411.2) < 0.5);
  });

  test('converts there and back to within a millimetre, in zones 32 and 33', () => {
    for (const [latitude, longitude, sone] of [
      [59.9111, 10.7528, 33],
      [59.9111, 10.7528, 32],
      [69.6492, 18.9553, 33],
      [58.1467, 7.9956, 32],
    ] as const) {
      const back = utmToGeographic(geographicToUtm({ latitude, longitude }, sone));
      assert.ok(Math.abs(back.latitude - latitude) < 1e-8);
      assert.ok(Math.abs(back.longitude - longitude) < 1e-8);
    }
  });
});
