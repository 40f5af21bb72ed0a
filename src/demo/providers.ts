/** Providers: the anchor organisations of the town first, then providers drawn from the templates. */
import { organisationNumberControlDigit } from '../domain/organisation-number.ts';
import { ANCHOR_PROVIDERS, PROVIDER_TEMPLATES, type ProviderTemplate } from './catalogue.ts';
import { DEMO_KOMMUNENUMMER, DEMO_MUNICIPALITY_NAME } from './constants.ts';
import { type Geography, NEIGHBOURHOOD_PLANS, type NeighbourhoodPlan, randomAddress } from './geography.ts';
import type { Random } from './random.ts';
import { phoneNumber, slugify } from './text.ts';
import type { DemoAddress, DemoNeighbourhood, DemoOrganisation, DemoProvider } from './types.ts';

const PROVIDER_TEMPLATE_BY_KEY = new Map(PROVIDER_TEMPLATES.map((t) => [t.key, t]));

export interface ProviderDraft {
  provider: DemoProvider;
  template: ProviderTemplate;
  neighbourhood: number;
  premises: DemoAddress;
  domain: string;
}

function makeOrganisationNumber(rng: Random, used: Set<string>): string {
  for (;;) {
    const firstEight = `${rng.pick(['8', '9'])}${String(rng.int(0, 9_999_999)).padStart(7, '0')}`;
    const control = organisationNumberControlDigit(firstEight);
    if (control === null) continue;
    const value = `${firstEight}${control}`;
    if (used.has(value)) continue;
    used.add(value);
    return value;
  }
}

export function generateProviders(
  rng: Random,
  geography: Geography,
  count: number,
): { drafts: ProviderDraft[]; organisations: DemoOrganisation[] } {
  const usedNames = new Set<string>();
  const usedOnce = new Set<string>();
  const usedOrgNumbers = new Set<string>();
  const drafts: ProviderDraft[] = [];
  const organisations: DemoOrganisation[] = [];

  const fillName = (pattern: string): { name: string; neighbourhood: number } | null => {
    const usesPlace = pattern.includes('{place}');
    const candidates = usesPlace ? rng.shuffle(NEIGHBOURHOOD_PLANS.map((_, i) => i)) : [-1];
    for (const n of candidates) {
      for (let nth = 1; nth <= 20; nth++) {
        const place = n >= 0 ? (NEIGHBOURHOOD_PLANS[n] as NeighbourhoodPlan).place : DEMO_MUNICIPALITY_NAME;
        const name = pattern
          .replaceAll('{place}', place)
          .replaceAll('{town}', DEMO_MUNICIPALITY_NAME)
          .replaceAll('{nth}', String(nth));
        if (!usedNames.has(name)) return { name, neighbourhood: n };
        if (!pattern.includes('{nth}')) break;
      }
    }
    return null;
  };

  const addProvider = (template: ProviderTemplate, pattern: string, anchor: boolean): boolean => {
    const filled = fillName(pattern);
    if (!filled) return false;
    usedNames.add(filled.name);
    if (template.once) usedOnce.add(template.key);
    const neighbourhood =
      filled.neighbourhood >= 0
        ? filled.neighbourhood
        : template.central || anchor
          ? 0
          : rng.weightedPick(geography.neighbourhoodTable);
    const premises = randomAddress(rng, geography, neighbourhood);
    const domain = `${slugify(filled.name)}.example`;
    const website = anchor || rng.chance(0.8) ? `https://www.${domain}` : null;
    let organisationNumber: string | null = null;
    if (template.orgForm !== null && (template.kind !== 'voluntary' || anchor || rng.chance(0.92))) {
      organisationNumber = makeOrganisationNumber(rng, usedOrgNumbers);
      const registeredName =
        template.kind === 'municipal'
          ? `${DEMO_MUNICIPALITY_NAME} kommune ${filled.name.replace(DEMO_MUNICIPALITY_NAME, '').trim()}`
          : filled.name;
      organisations.push({
        organisationNumber,
        name: registeredName.toUpperCase(),
        organisationForm: template.orgForm,
        inVoluntaryRegister: template.inVoluntaryRegister,
        businessAddress: premises.streetAddress,
        postalCode: premises.postalCode,
        postalPlace: premises.postalPlace,
        municipalityNumber: DEMO_KOMMUNENUMMER,
        website,
      });
    }
    drafts.push({
      provider: {
        id: rng.uuid(),
        organisationNumber,
        name: filled.name,
        kind: template.kind,
        // Recently registered providers awaiting approval are usually small.
        status: !anchor && template.size <= 2 && rng.chance(0.07) ? 'pending' : 'approved',
        description: template.description,
        email: `post@${domain}`,
        phone: phoneNumber(rng),
        website,
        neighbourhoodId: (geography.neighbourhoods[neighbourhood] as DemoNeighbourhood).id,
        category: template.category,
      },
      template,
      neighbourhood,
      premises,
      domain,
    });
    return true;
  };

  for (const anchor of ANCHOR_PROVIDERS) {
    if (drafts.length >= count) break;
    const template = PROVIDER_TEMPLATE_BY_KEY.get(anchor.template);
    if (!template) throw new Error(`unknown provider template ${anchor.template}`);
    addProvider(template, anchor.name, true);
  }
  for (let guard = 0; drafts.length < count; guard++) {
    if (guard > count * 100) throw new Error(`could not find ${count} distinct provider names`);
    const open = PROVIDER_TEMPLATES.filter((t) => t.weight > 0 && !(t.once && usedOnce.has(t.key)));
    const template = rng.weightedPick(
      open,
      open.map((t) => t.weight),
    );
    addProvider(template, rng.pick(template.names), false);
  }
  return { drafts, organisations };
}
