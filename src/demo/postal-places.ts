/**
 * The demo municipality's own postal places. Fjordvik is fictional, so its postal codes are too: codes from a block
 * that Posten's register leaves unused (3971-3990 were free in the 1 October 2024 register), so a demo address never
 * names a real place. The town has two codes per neighbourhood; the outlying places Vestmoen and Bjørkeli have
 * their own names, as outlying places in Norway usually do. All are street-address codes (category G).
 */
import { DEMO_KOMMUNENUMMER, DEMO_MUNICIPALITY_NAME } from './constants.ts';

export interface DemoPostalPlace {
  postalCode: string;
  /** Upper case, as Posten's register writes it. */
  postalPlace: string;
  kommunenummer: string;
  municipalityName: string;
  category: 'G';
}

const TOWN = DEMO_MUNICIPALITY_NAME.toLocaleUpperCase('nb');

const place = (postalCode: string, postalPlace: string): DemoPostalPlace => ({
  postalCode,
  postalPlace,
  kommunenummer: DEMO_KOMMUNENUMMER,
  municipalityName: TOWN,
  category: 'G',
});

/** In code order. */
export const DEMO_POSTAL_PLACES: readonly DemoPostalPlace[] = [
  ...Array.from({ length: 12 }, (_, i) => place(String(3971 + i), TOWN)),
  place('3984', 'VESTMOEN'),
  place('3985', 'VESTMOEN'),
  place('3987', 'BJØRKELI'),
  place('3988', 'BJØRKELI'),
];
