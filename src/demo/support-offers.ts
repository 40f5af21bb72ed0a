/** Help next to the demo municipality's activities: support schemes and equipment lending (fictional contacts). */
import type { SupportOfferKind } from '../db/tables/catalogue.ts';

export interface DemoSupportOffer {
  kind: SupportOfferKind;
  title: string;
  summary: string;
  url: string | null;
  contact: string | null;
  categories: string[];
  minAge: number | null;
  maxAge: number | null;
}

export const DEMO_SUPPORT_OFFERS: readonly DemoSupportOffer[] = [
  {
    kind: 'support_scheme',
    title: 'Fritidskortet',
    summary:
      'Alle barn og unge fra 6 til 18 år som bor i kommunen, får et fritidskort med penger til organiserte fritidsaktiviteter hvert halvår. Kortet brukes når barnet meldes på.',
    url: null,
    contact: 'Servicetorget, telefon 55 50 10 00',
    categories: [],
    minAge: 6,
    maxAge: 18,
  },
  {
    kind: 'equipment_lending',
    title: 'BUA Fjordvik – gratis utlån av utstyr',
    summary:
      'Lån ski, skøyter, hjelmer, telt, sykler og ballutstyr gratis i inntil en uke. Åpent tirsdag og torsdag 14–19 på Fjordvik fritidssenter.',
    url: null,
    contact: 'Fjordvik fritidssenter, telefon 55 50 12 34',
    categories: ['sport', 'nature_outdoor'],
    minAge: null,
    maxAge: null,
  },
  {
    kind: 'support_scheme',
    title: 'Støtte fra NAV til fritidsaktiviteter',
    summary:
      'Familier med lav inntekt kan søke NAV om støtte til deltakeravgift, utstyr og turer. Ta med tilbud eller faktura fra laget.',
    url: null,
    contact: 'NAV Fjordvik, telefon 55 55 33 33',
    categories: [],
    minAge: null,
    maxAge: 18,
  },
  {
    kind: 'support_scheme',
    title: 'Friplass i kulturskolen',
    summary:
      'Barn i familier med lav inntekt kan få redusert pris eller friplass i kulturskolen. Søk når du melder på.',
    url: null,
    contact: 'Fjordvik kulturskole, telefon 55 50 20 00',
    categories: ['art_culture'],
    minAge: 6,
    maxAge: 18,
  },
  {
    kind: 'support_scheme',
    title: 'Fritidsguide – noen å gå sammen med',
    summary:
      'Er det vanskelig å begynne alene? En frivillig fritidsguide kan bli med de første gangene, til barnet kjenner seg trygg.',
    url: null,
    contact: 'Frivilligsentralen, telefon 55 50 30 30',
    categories: [],
    minAge: 6,
    maxAge: 18,
  },
];
