import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { DEMO_POSTAL_PLACES } from '../../demo/postal-places.ts';
import { createPostalCodeRegister, parsePostalCodes, postalCodeRegister } from './postal-codes.ts';

describe('postal code register', () => {
  test('holds the whole register and finds places by code', () => {
    const register = postalCodeRegister();
    // The register's 5 137 codes and the demo municipality's 16.
    assert.equal(register.size, 5137 + 16);
    assert.deepEqual(register.find('3015'), {
      postalCode: '3015',
      postalPlace: 'DRAMMEN',
      kommunenummer: '3301',
      municipalityName: 'DRAMMEN',
      category: 'G',
    });
    assert.equal(register.find('5003')?.kommunenummer, '4601');
    assert.equal(register.find('0000'), undefined);
    assert.equal(register.find('9999'), undefined);
  });

  test('street addresses use codes of category G or B, not PO box or service codes', () => {
    const register = postalCodeRegister();
    assert.equal(register.find('0001')?.category, 'P');
    assert.equal(register.findStreetAddressCode('0001'), undefined);
    assert.equal(register.findStreetAddressCode('0018'), undefined, 'service code');
    assert.equal(register.findStreetAddressCode('0010')?.postalPlace, 'OSLO', 'both');
    assert.equal(register.findStreetAddressCode('3015')?.postalPlace, 'DRAMMEN');
  });

  test("the demo municipality's fictional postal places are there, in codes the register leaves unused", () => {
    const register = postalCodeRegister();
    assert.deepEqual(register.findStreetAddressCode('3972'), {
      postalCode: '3972',
      postalPlace: 'FJORDVIK',
      kommunenummer: '3999',
      municipalityName: 'FJORDVIK',
      category: 'G',
    });
    assert.equal(register.findStreetAddressCode('3984')?.postalPlace, 'VESTMOEN');
    assert.equal(register.findStreetAddressCode('3988')?.postalPlace, 'BJØRKELI');
    const real = parsePostalCodes(readFileSync(new URL('./postnummer.csv', import.meta.url), 'utf8'));
    const fictional = new Set(DEMO_POSTAL_PLACES.map((p) => p.postalCode));
    assert.deepEqual(
      real.filter((e) => fictional.has(e.postalCode)),
      [],
    );
  });

  test('refuses a file with unexpected values', () => {
    const header = 'postnummer,poststed,kommunenummer,kommunenavn,kategori\n';
    assert.equal(createPostalCodeRegister(parsePostalCodes(`${header}3015,DRAMMEN,3301,DRAMMEN,G\n`)).size, 1);
    assert.throws(() => parsePostalCodes(`${header}301,DRAMMEN,3301,DRAMMEN,G\n`), /row 2/);
    assert.throws(() => parsePostalCodes(`${header}3015,DRAMMEN,3301,DRAMMEN,X\n`), /row 2/);
  });
});
