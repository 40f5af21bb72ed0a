/** Activities: each provider's activities by age group, with seasons, schedules, prices, venues and contacts. */
import type { ActivityStatus, ScheduleEntry } from '../db/schema.ts';
import {
  ACTIVITY_TEMPLATES,
  type ActivityTemplate,
  type AgeGroup,
  LANGUAGE_NAMES_NB,
  type ProviderTemplate,
} from './catalogue.ts';
import { dayNumber, firstWeekdayOnOrAfter, isoDate } from './dates.ts';
import { type Geography, venueFor } from './geography.ts';
import { buildNamePools } from './names.ts';
import type { ProviderDraft } from './providers.ts';
import { type Random, weightedTable } from './random.ts';
import type { Sex } from './reference-data.ts';
import { capitalise, listInNorwegian, phoneNumber, slugify } from './text.ts';
import type { DemoActivity } from './types.ts';

interface Season {
  start: number;
  end: number;
  year: number;
  autumn: boolean;
}

function halfYears(today: string): { current: Season; next: Season } {
  const year = Number(today.slice(0, 4));
  const autumnNow = Number(today.slice(5, 7)) >= 7;
  const season = (y: number, autumn: boolean): Season =>
    autumn
      ? { start: dayNumber(`${y}-08-01`), end: dayNumber(`${y}-12-31`), year: y, autumn }
      : { start: dayNumber(`${y}-01-01`), end: dayNumber(`${y}-06-30`), year: y, autumn };
  return autumnNow
    ? { current: season(year, true), next: season(year + 1, false) }
    : { current: season(year, false), next: season(year, true) };
}

interface Variant {
  template: ActivityTemplate;
  group: AgeGroup;
  byYear: boolean;
  sex?: 'jenter' | 'gutter';
  level?: string;
}

function variantsOf(template: ActivityTemplate): Variant[] {
  const groupList: { group: AgeGroup; byYear: boolean }[] =
    template.groups === 'year'
      ? Array.from({ length: (template.yearRange?.[1] ?? 18) - (template.yearRange?.[0] ?? 6) + 1 }, (_, i) => {
          const age = (template.yearRange?.[0] ?? 6) + i;
          return { group: { min: age, max: age }, byYear: true };
        })
      : template.groups.map((group) => ({ group, byYear: false }));
  const variants: Variant[] = [];
  for (const { group, byYear } of groupList) {
    for (const sex of template.sexSplit ? (['jenter', 'gutter'] as const) : [undefined]) {
      for (const level of template.levels ?? [undefined]) {
        const variant: Variant = { template, group, byYear };
        if (sex) variant.sex = sex;
        if (level) variant.level = level;
        variants.push(variant);
      }
    }
  }
  return variants;
}

const TEMPLATE_BY_KEY = new Map(ACTIVITY_TEMPLATES.map((t) => [t.key, t]));

function activityTemplate(key: string): ActivityTemplate {
  const template = TEMPLATE_BY_KEY.get(key);
  if (!template) throw new Error(`unknown activity template ${key}`);
  return template;
}

/** Splits the activities over the providers: everyone gets one, the rest in proportion to provider size. */
function allocateActivities(rng: Random, drafts: ProviderDraft[], total: number): number[] {
  const counts: number[] = drafts.map((_, i) => (i < total ? 1 : 0));
  let rest = total - counts.reduce((s, c) => s + c, 0);
  if (rest > 0) {
    const table = weightedTable(
      drafts.map((_, i) => i),
      drafts.map((d) => d.template.size),
    );
    for (; rest > 0; rest--) {
      const i = rng.weightedPick(table);
      counts[i] = (counts[i] as number) + 1;
    }
  }
  return counts;
}

/** Orders a provider's possible activities so that the first ones are varied: mostly its main activity, some of the others. */
function orderVariants(rng: Random, keys: string[], favourNineYearOldFootball: boolean): Variant[] {
  const perTemplate = keys.map((key) => rng.shuffle(variantsOf(activityTemplate(key))));
  if (favourNineYearOldFootball) {
    const football = perTemplate[keys.indexOf('football')];
    if (football) football.sort((a, b) => Number(b.group.min === 9) - Number(a.group.min === 9));
  }
  const ordered: Variant[] = [];
  const cursors = perTemplate.map(() => 0);
  while (ordered.length < perTemplate.reduce((s, list) => s + list.length, 0)) {
    perTemplate.forEach((list, t) => {
      // The provider's first (main) activity comes up three times as often as the others.
      for (let k = 0; k < (t === 0 ? 3 : 1); k++) {
        const cursor = cursors[t] as number;
        if (cursor < list.length) {
          ordered.push(list[cursor] as Variant);
          cursors[t] = cursor + 1;
        }
      }
    });
  }
  return ordered;
}

function pickLanguages(rng: Random, template: ProviderTemplate): string[] {
  if (template.languages) return ['nb', ...template.languages];
  const r = rng.next();
  if (r < 0.8) return ['nb'];
  if (r < 0.92) return ['nb', 'en'];
  const extra = rng.pick(['ar', 'uk', 'so', 'pl']);
  return rng.chance(0.5) ? ['nb', 'en', extra] : ['nb', extra];
}

function formatTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function makeSchedule(rng: Random, template: ActivityTemplate, group: AgeGroup, perWeek: number): ScheduleEntry[] {
  let days: number[];
  switch (template.days ?? 'weekday') {
    case 'friday':
      days = [5];
      break;
    case 'saturday':
      days = [6];
      break;
    case 'sunday':
      days = [7];
      break;
    case 'weekend':
      days = perWeek >= 2 ? [6, 7] : [rng.pick([6, 7])];
      break;
    default:
      // Twice a week is usually not on consecutive days.
      days = rng
        .shuffle([1, 2, 3, 4, 5])
        .slice(0, perWeek)
        .sort((a, b) => a - b);
      if (perWeek === 2 && (days[1] as number) - (days[0] as number) === 1) {
        days = rng.pick([
          [1, 3],
          [1, 4],
          [2, 4],
          [2, 5],
          [3, 5],
        ]);
      }
  }
  const duration = Math.round(rng.int(template.minutes[0], template.minutes[1]) / 15) * 15;
  const entries = days.map((weekday) => {
    let earliest: number;
    let latest: number;
    if (weekday >= 6) [earliest, latest] = [10 * 60, 13 * 60];
    else if (group.max <= 10) [earliest, latest] = [16 * 60 + 30, 18 * 60];
    else if (group.min >= 13) [earliest, latest] = [17 * 60 + 30, 20 * 60];
    else [earliest, latest] = [16 * 60 + 30, 19 * 60];
    latest = Math.min(latest, 22 * 60 - duration);
    const start = earliest + 15 * rng.int(0, Math.max(0, Math.floor((latest - earliest) / 15)));
    return { weekday, start: formatTime(start), end: formatTime(start + duration) };
  });
  return entries;
}

function variantTitle(variant: Variant): string {
  const { template, group, sex, level } = variant;
  let title: string;
  if (group.title) title = group.title;
  else {
    const ages = group.min === group.max ? `${group.min} år` : `${group.min}–${group.max} år`;
    title = [template.title, sex, ages].filter(Boolean).join(' ');
  }
  return level ? `${title} – ${level}` : title;
}

function who(variant: Variant): string {
  if (variant.sex) return variant.sex;
  if (variant.group.max <= 12) return 'barn';
  if (variant.group.min >= 13) return 'ungdommer';
  return 'barn og unge';
}

function targetGroup(variant: Variant, seasonYear: number): string {
  const { sex, group, byYear, level, template } = variant;
  if (template.adapted) return 'Barn og unge med behov for tilrettelegging';
  if (byYear) {
    const born = seasonYear - group.min;
    return sex ? `${capitalise(sex)} født ${born}` : `Født ${born}`;
  }
  if (sex) return capitalise(sex);
  if (level === 'nybegynnere' || level === 'viderekomne') return capitalise(level);
  return capitalise(who(variant) === 'ungdommer' ? 'ungdom' : who(variant));
}

export function generateActivities(
  rng: Random,
  geography: Geography,
  drafts: ProviderDraft[],
  total: number,
  today: string,
): DemoActivity[] {
  const pools = buildNamePools();
  const seasons = halfYears(today);
  const counts = allocateActivities(rng, drafts, total);
  const activities: DemoActivity[] = [];
  let footballProvidersSeen = 0;

  drafts.forEach((draft, p) => {
    const count = counts[p] as number;
    if (count === 0) return;
    const hasFootball = draft.template.activities.includes('football');
    const favourNine = hasFootball && footballProvidersSeen++ < 3;
    const variants = orderVariants(rng, draft.template.activities, favourNine);
    const usedTitles = new Set<string>();
    for (let k = 0; k < count; k++) {
      const variant = variants[k % variants.length] as Variant;
      const { template, group } = variant;
      let title = variantTitle(variant);
      for (let n = 2; usedTitles.has(title); n++) title = `${variantTitle(variant)} (gruppe ${n})`;
      usedTitles.add(title);

      // Season: mostly the current half-year, some already planned for the next one.
      const season = rng.chance(0.85) ? seasons.current : seasons.next;
      // The youngest train once a week, older children at most twice, youth as often as the activity allows.
      const [fewest, most] = template.perWeek;
      const perWeek = rng.int(fewest, group.max <= 8 ? fewest : group.max <= 12 ? Math.min(most, fewest + 1) : most);
      let start: number;
      let end: number;
      let sessions: number;
      if (template.courseWeeks) {
        const weeks = Math.max(rng.int(template.courseWeeks[0], template.courseWeeks[1]), Math.ceil(8 / perWeek));
        const firstMonday = firstWeekdayOnOrAfter(season.start + (season.autumn ? 16 : 4), 1);
        start = firstMonday + 7 * rng.int(0, 5);
        end = start + weeks * 7 - 3;
        sessions = weeks * perWeek;
      } else {
        start = firstWeekdayOnOrAfter(season.start + (season.autumn ? rng.int(9, 30) : rng.int(4, 16)), 1);
        end = season.autumn ? season.start + 121 + rng.int(0, 16) : season.start + 150 + rng.int(0, 20);
        const holidayWeeks = season.autumn ? 1 : 2;
        const weeks = Math.floor((end - start + 1) / 7) - holidayWeeks;
        sessions = weeks * perWeek;
      }
      const sessionCount = Math.min(40, Math.max(8, sessions));
      const schedule = makeSchedule(rng, template, group, perWeek);

      // Price: some activities are always free; otherwise typical fees, rounded to 50 kroner.
      let priceNok = 0;
      if (template.priceNok !== null) {
        const [low, high] = template.priceNok;
        const free = low === 0 ? rng.chance(0.5) : rng.chance(0.1);
        if (!free) {
          const min = Math.max(300, low);
          const max = Math.max(min, high);
          priceNok = Math.round(rng.int(min, max) / 50) * 50;
        }
      }
      const priceIncludes = priceNok === 0 ? null : rng.pick(template.priceIncludes);

      const freeTrial =
        (favourNine && template.key === 'football' && group.min === 9) || rng.chance(template.freeTrial * 0.7);
      const adapted = template.adapted === true || rng.chance(0.08);
      const languages = pickLanguages(rng, draft.template);

      const venue =
        template.venue === 'premises'
          ? { name: null, address: draft.premises }
          : (venueFor(geography, template.venue, draft.neighbourhood) ?? { name: null, address: draft.premises });

      const ages = group.min === group.max ? `${group.min} år` : `${group.min} til ${group.max} år`;
      const sentences = [template.text.replaceAll('{who}', who(variant)).replaceAll('{ages}', ages)];
      if (template.bring) sentences.push(template.bring);
      sentences.push(
        venue.name ? `Sted: ${venue.name}, ${venue.address.streetAddress}.` : `Sted: ${venue.address.streetAddress}.`,
      );
      if (priceNok === 0) sentences.push('Aktiviteten er gratis.');
      if (freeTrial && priceNok > 0) sentences.push('Du kan prøve gratis de to første gangene før du bestemmer deg.');
      if (adapted && !template.adapted)
        sentences.push(
          'Vi tilrettelegger for barn og unge med ulike behov. Ta kontakt, så finner vi ut av det sammen.',
        );
      const otherLanguages = languages.filter((l) => l !== 'nb').map((l) => LANGUAGE_NAMES_NB[l] ?? l);
      if (otherLanguages.length > 0) sentences.push(`De voksne snakker også ${listInNorwegian(otherLanguages)}.`);

      const contactSex: Sex = rng.chance(0.55) ? 'F' : 'M';
      const contactSurname = rng.weightedPick(pools.surnames);
      const contactGiven = rng.weightedPick(pools.adult[contactSex]);
      const status: ActivityStatus =
        draft.provider.status !== 'approved' ? 'draft' : rng.chance(0.02) ? 'draft' : 'published';

      activities.push({
        id: rng.uuid(),
        providerId: draft.provider.id,
        category: draft.template.category,
        title,
        description: sentences.join(' '),
        minAge: group.min,
        maxAge: group.max,
        targetGroup: targetGroup(variant, season.year),
        seasonStart: isoDate(start),
        seasonEnd: isoDate(end),
        schedule,
        weekdays: schedule.map((s) => s.weekday),
        sessionCount,
        priceOre: priceNok * 100,
        priceIncludes,
        streetAddress: venue.address.streetAddress,
        postalCode: venue.address.postalCode,
        postalPlace: venue.address.postalPlace,
        latitude: venue.address.latitude,
        longitude: venue.address.longitude,
        neighbourhoodId: venue.address.neighbourhoodId,
        languages,
        adapted,
        freeTrial,
        contactName: `${contactGiven} ${contactSurname}`,
        contactEmail: `${slugify(contactGiven).replace(/-/g, '.')}.${slugify(contactSurname)}@${draft.domain}`,
        contactPhone: phoneNumber(rng),
        status,
      });
    }
  });
  return activities;
}
