import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isValidOrganisationNumber } from '../../domain/organisation-number.ts';
import {
  cleanText,
  isCalendarDate,
  normaliseWebsite,
  type OrganisationRecord,
  parseEntity,
  parseEntityJson,
} from './entity.ts';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const fixture = (name: string) => JSON.parse(readFileSync(`${FIXTURES}${name}`, 'utf8')) as Record<string, unknown>;

/** The documentation's examples use numbers that fail the control digit; a valid one for copies. */
const VALID = '998877679';

function record(value: unknown): OrganisationRecord {
  const result = parseEntity(value);
  assert.ok(result.ok, `expected a record, got ${result.ok ? '' : result.reason}`);
  return result.record;
}

function rejection(value: unknown): string {
  const result = parseEntity(value);
  assert.equal(result.ok, false, 'expected a rejection');
  return result.ok ? '' : result.reason;
}

describe('reading an Enhet', () => {
  test('the documentation example as it is has an invalid organisation number', () => {
    const example = fixture('enheter-details-response.json');
    assert.equal(isValidOrganisationNumber(String(example.organisasjonsnummer)), false);
    assert.equal(rejection(example), 'invalid_organisation_number');
  });

  test('the documentation example maps to the facts kept', () => {
    const example = { ...fixture('enheter-details-response.json'), organisasjonsnummer: VALID };
    assert.deepEqual(record(example), {
      organisationNumber: VALID,
      name: 'SESAM STASJON',
      organisationForm: 'AS',
      inVoluntaryRegister: false,
      voluntaryRegisteredOn: null,
      registeredOn: '2017-10-20',
      // forretningsadresse ["Tyvholmen 1", null, null, ""]: nulls and empty lines dropped
      businessAddress: 'Tyvholmen 1',
      postalCode: '0101',
      postalPlace: 'OSLO',
      municipalityNumber: '0301',
      website: null,
      // vedtektsfestetFormaal [""]
      purpose: null,
      // konkursdato "" is not read; slettedato absent
      deletedOn: null,
    });
  });

  test('a search hit (no vedtektsfestetFormaal, no konkursdato) maps the same way', () => {
    const page = fixture('enheter-search-response.json') as { _embedded: { enheter: Record<string, unknown>[] } };
    const hit = { ...page._embedded.enheter[0], organisasjonsnummer: VALID };
    const r = record(hit);
    assert.equal(r.name, 'SESAM STASJON');
    assert.equal(r.businessAddress, 'Tyvholmen 1');
    assert.equal(r.purpose, null);
  });

  test('without a business address the postal address is used', () => {
    const { forretningsadresse: _business, ...example } = fixture('enheter-details-response.json');
    const r = record({ ...example, organisasjonsnummer: VALID });
    assert.equal(r.businessAddress, 'c/o reder K. Rusing, Postboks 1752 Vika');
    assert.equal(r.postalCode, '0122');
    assert.equal(r.postalPlace, 'OSLO');
    assert.equal(r.municipalityNumber, '0301');
    // A business address object with nothing in it counts as none.
    const empty = { ...example, organisasjonsnummer: VALID, forretningsadresse: { adresse: [null, ''] } };
    assert.equal(record(empty).businessAddress, 'c/o reder K. Rusing, Postboks 1752 Vika');
  });

  test('a deleted entity (the short answer) keeps its number, name, form and deletion date', () => {
    const deleted = { ...fixture('enheter-details-deleted-response.json'), organisasjonsnummer: VALID };
    assert.deepEqual(record(deleted), {
      organisationNumber: VALID,
      name: 'SLETTET ENHET AS',
      organisationForm: 'UTBG',
      inVoluntaryRegister: false,
      voluntaryRegisteredOn: null,
      registeredOn: null,
      businessAddress: null,
      postalCode: null,
      postalPlace: null,
      municipalityNumber: null,
      website: null,
      purpose: null,
      deletedOn: '2017-10-20',
    });
  });

  test('a sub-unit closed down (nedleggelsesdato, no slettedato) counts as deleted from its closing date', () => {
    const closed = { ...fixture('underenheter-details-response.json'), organisasjonsnummer: VALID };
    assert.equal(fixture('underenheter-details-response.json').slettedato, undefined);
    const r = record(closed);
    assert.equal(r.name, 'SESAM STASJON');
    assert.equal(r.deletedOn, '2018-10-20');
    // Deleted as well: the deletion date is the one kept.
    const deleted = { ...fixture('underenheter-details-deleted-response.json'), organisasjonsnummer: VALID };
    assert.equal(record(deleted).deletedOn, '2017-10-20');
    // A unit still running has neither.
    assert.equal(record({ ...closed, nedleggelsesdato: '' }).deletedOn, null);
    assert.equal(rejection({ ...closed, nedleggelsesdato: '20.10.2018' }), 'invalid_date');
  });

  test('a voluntary organisation: Frivillighetsregisteret, web address, purpose', () => {
    assert.deepEqual(record(fixture('frivillig-forening.json')), {
      organisationNumber: '998877660',
      name: 'FJORDVIK IDRETTSLAG',
      organisationForm: 'FLI',
      inVoluntaryRegister: true,
      voluntaryRegisteredOn: '2009-03-02',
      registeredOn: '1996-04-11',
      businessAddress: 'Idrettsveien 4',
      postalCode: '3998',
      postalPlace: 'FJORDVIK',
      municipalityNumber: '3999',
      website: 'https://www.fjordvik-il.example',
      purpose: 'Idrett for barn og unge i Fjordvik.\nAllidrett, fotball og ski.',
      deletedOn: null,
    });
  });

  test('a foreign address has no Norwegian postal code or municipality; its place and country are lines', () => {
    const foreign = {
      ...fixture('frivillig-forening.json'),
      forretningsadresse: {
        land: 'Sverige',
        landkode: 'SE',
        postnummer: '111 22',
        poststed: 'STOCKHOLM',
        adresse: ['Storgatan 1', null],
        kommunenummer: '0301',
      },
    };
    const r = record(foreign);
    assert.equal(r.businessAddress, 'Storgatan 1, 111 22 STOCKHOLM, Sverige');
    assert.equal(r.postalCode, null);
    assert.equal(r.postalPlace, null);
    assert.equal(r.municipalityNumber, null);
  });

  test('postal codes and municipality numbers that are not four digits are left out', () => {
    const odd = {
      ...fixture('frivillig-forening.json'),
      forretningsadresse: {
        landkode: 'NO',
        postnummer: '39981',
        poststed: 'FJORDVIK',
        kommunenummer: '39',
        adresse: ['Vei 1'],
      },
    };
    const r = record(odd);
    assert.equal(r.postalCode, null);
    assert.equal(r.municipalityNumber, null);
    assert.equal(r.postalPlace, 'FJORDVIK');
  });

  test('rejections name the reason', () => {
    const base = fixture('frivillig-forening.json');
    assert.equal(rejection(null), 'not_an_object');
    assert.equal(rejection([base]), 'not_an_object');
    assert.equal(rejection('998877660'), 'not_an_object');
    assert.equal(rejection({ ...base, organisasjonsnummer: undefined }), 'invalid_organisation_number');
    assert.equal(rejection({ ...base, organisasjonsnummer: 998877660 }), 'invalid_organisation_number');
    assert.equal(rejection({ ...base, organisasjonsnummer: '998877661' }), 'invalid_organisation_number');
    assert.equal(rejection({ ...base, organisasjonsnummer: '99887766' }), 'invalid_organisation_number');
    assert.equal(rejection({ ...base, navn: undefined }), 'missing_name');
    assert.equal(rejection({ ...base, navn: '  \t ' }), 'missing_name');
    assert.equal(rejection({ ...base, navn: 42 }), 'invalid_name');
    assert.equal(rejection({ ...base, navn: 'x'.repeat(501) }), 'invalid_name');
    assert.equal(rejection({ ...base, registreringsdatoEnhetsregisteret: '2017-02-30' }), 'invalid_date');
    assert.equal(rejection({ ...base, registreringsdatoFrivillighetsregisteret: '02.03.2009' }), 'invalid_date');
    assert.equal(rejection({ ...base, slettedato: 20171020 }), 'invalid_date');
  });

  test('empty dates are no dates; surrounding white space of the number is ignored', () => {
    const base = fixture('frivillig-forening.json');
    const r = record({
      ...base,
      organisasjonsnummer: ' 998877660 ',
      slettedato: '',
      registreringsdatoEnhetsregisteret: null,
    });
    assert.equal(r.organisationNumber, '998877660');
    assert.equal(r.deletedOn, null);
    assert.equal(r.registeredOn, null);
  });

  test('text is cleaned: control characters, NUL and unpaired surrogates go, white space collapses', () => {
    const r = record({ ...fixture('frivillig-forening.json'), navn: ' Fjordvik\u0000 IL\n\tjunior \ud800 ' });
    assert.equal(r.name, 'Fjordvik IL junior');
    assert.equal(cleanText('a\u007fb\u0085c', 100), 'a b c');
    assert.equal(cleanText('abcdef', 3), 'abc');
    assert.equal(cleanText(5, 10), null);
    assert.equal(cleanText('😀', 10), '😀');
  });

  test('a flag that is not true is false', () => {
    const r = record({ ...fixture('frivillig-forening.json'), registrertIFrivillighetsregisteret: 'true' });
    assert.equal(r.inVoluntaryRegister, false);
  });

  test('JSON text that is not JSON is rejected', () => {
    const result = parseEntityJson('{"organisasjonsnummer": "9988');
    assert.deepEqual(result, { ok: false, reason: 'invalid_json' });
    const ok = parseEntityJson(readFileSync(`${FIXTURES}frivillig-forening.json`, 'utf8'));
    assert.equal(ok.ok, true);
  });
});

describe('web addresses', () => {
  test('a scheme is added when there is none; http and https are kept', () => {
    assert.equal(normaliseWebsite('www.sesam.no'), 'https://www.sesam.no');
    assert.equal(normaliseWebsite(' sesam.no/om-oss '), 'https://sesam.no/om-oss');
    assert.equal(normaliseWebsite('http://Sesam.NO/Side?a=1'), 'http://sesam.no/Side?a=1');
    assert.equal(normaliseWebsite('HTTPS://www.sesam.no/'), 'https://www.sesam.no');
    assert.equal(normaliseWebsite('www.blåbær.no'), 'https://www.xn--blbr-roah.no');
  });

  test('what cannot be a web address is left out', () => {
    assert.equal(normaliseWebsite('javascript:alert(1)'), null);
    assert.equal(normaliseWebsite('mailto:post@sesam.no'), null);
    assert.equal(normaliseWebsite('ftp://sesam.no'), null);
    assert.equal(normaliseWebsite('sesam'), null);
    assert.equal(normaliseWebsite('www.ses am.no'), null);
    assert.equal(normaliseWebsite('https://user:pw@sesam.no'), null);
    assert.equal(normaliseWebsite(''), null);
    assert.equal(normaliseWebsite(null), null);
  });
});

describe('calendar dates', () => {
  test('only real dates', () => {
    assert.equal(isCalendarDate('2024-02-29'), true);
    assert.equal(isCalendarDate('2023-02-29'), false);
    assert.equal(isCalendarDate('2023-13-01'), false);
    assert.equal(isCalendarDate('2023-1-01'), false);
  });
});
