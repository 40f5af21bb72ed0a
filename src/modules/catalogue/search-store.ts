import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { DB, ScheduleEntry } from '../../db/schema.ts';
import type { TranslationLanguage } from '../../db/tables/catalogue.ts';
import { PLACE_STATUSES, type RefundPolicy } from '../../domain/enrolment.ts';
import type { Fee } from '../../domain/scheme.ts';
import { boundingBox, EARTH_RADIUS_METRES, type Point, type SearchSort } from '../../domain/search.ts';

/** Reads of the public catalogue: published activities of approved providers, in one municipality. */

export interface SearchCriteria {
  municipalityId: number;
  /** Calendar date in Europe/Oslo: activities whose season has ended are left out. */
  today: string;
  /** A `to_tsquery` expression built by domain/search.ts `textQuery`. */
  tsQuery: string | null;
  categories: readonly string[];
  age: number | undefined;
  origin: Point | undefined;
  maxDistanceMetres: number | undefined;
  neighbourhoodId: string | undefined;
  minPriceOre: number | undefined;
  maxPriceOre: number | undefined;
  free: boolean;
  adapted: boolean;
  freeTrial: boolean;
  languages: readonly string[];
  weekdays: readonly number[];
  providerId: string | undefined;
  /** The reader's language: translated texts are used when the provider wrote them. */
  language: TranslationLanguage;
}

export interface SearchPage {
  sort: SearchSort;
  limit: number;
  offset: number;
}

export interface ActivitySummaryRow {
  id: string;
  title: string;
  textLanguage: string;
  category: string;
  providerId: string;
  providerName: string;
  minAge: number;
  maxAge: number;
  priceOre: number;
  freeTrial: boolean;
  adapted: boolean;
  languages: string[];
  weekdays: number[];
  seasonStart: string;
  seasonEnd: string;
  postalPlace: string | null;
  neighbourhoodName: string | null;
  latitude: number | null;
  longitude: number | null;
  distanceMetres: number | null;
  imageId: string | null;
  imageAlt: string | null;
}

export interface MapPointRow {
  id: string;
  title: string;
  category: string;
  latitude: number;
  longitude: number;
}

export interface ActivityDetailRow extends ActivitySummaryRow {
  description: string;
  targetGroup: string | null;
  priceIncludes: string | null;
  schedule: ScheduleEntry[];
  sessionCount: number | null;
  streetAddress: string | null;
  postalCode: string | null;
  neighbourhoodId: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  capacity: number | null;
  waitingList: boolean;
  refundPolicy: RefundPolicy;
  placesTaken: number;
  publishedAt: Date | null;
  updatedAt: Date;
}

export interface ActivityImageRow {
  imageId: string;
  altText: string;
}

export interface ProviderCardRow {
  id: string;
  name: string;
  kind: string;
  description: string;
  email: string | null;
  phone: string | null;
  website: string | null;
  socialLinks: string[];
  logoImageId: string | null;
  neighbourhoodName: string | null;
  organisationNumber: string | null;
}

/** Where an activity is: its own place, or else the centre of its neighbourhood. */
const LATITUDE = sql`coalesce(a.latitude, n.latitude)`;
const LONGITUDE = sql`coalesce(a.longitude, n.longitude)`;

/** Metres from `origin` to the activity (haversine in plain arithmetic, the same sphere as domain/search.ts). */
function distanceFrom(origin: Point): RawBuilder<number> {
  const lat = sql`${origin.latitude}::double precision`;
  const lon = sql`${origin.longitude}::double precision`;
  return sql<number>`(2 * ${EARTH_RADIUS_METRES}::double precision * asin(least(1, sqrt(
    power(sin(radians(${LATITUDE} - ${lat}) / 2), 2)
    + cos(radians(${lat})) * cos(radians(${LATITUDE})) * power(sin(radians(${LONGITUDE} - ${lon}) / 2), 2)))))`;
}

/** The filters on `activity a` / `provider p` (and `neighbourhood n` when there is a place to measure from). */
function filters(c: SearchCriteria): RawBuilder<SqlBool>[] {
  const where: RawBuilder<SqlBool>[] = [
    sql`a.municipality_id = ${c.municipalityId}`,
    sql`a.status = 'published'`,
    sql`p.status = 'approved'`,
    sql`a.season_end >= ${c.today}::date`,
  ];
  if (c.tsQuery) {
    // Translations match through one look-up in their index, not a probe per activity.
    where.push(sql`(
      a.search_vector @@ to_tsquery('norwegian', ${c.tsQuery})
      or p.search_vector @@ to_tsquery('norwegian', ${c.tsQuery})
      or a.id in (
        select t.activity_id from activity_translation t
         where t.municipality_id = ${c.municipalityId}
           and t.search_vector @@ to_tsquery('simple', ${c.tsQuery})
      )
    )`);
  }
  if (c.age !== undefined) where.push(sql`a.min_age <= ${c.age} and a.max_age >= ${c.age}`);
  if (c.neighbourhoodId !== undefined) where.push(sql`a.neighbourhood_id = ${c.neighbourhoodId}::uuid`);
  if (c.free) where.push(sql`a.price_ore = 0`);
  if (c.minPriceOre !== undefined) where.push(sql`a.price_ore >= ${c.minPriceOre}`);
  if (c.maxPriceOre !== undefined) where.push(sql`a.price_ore <= ${c.maxPriceOre}`);
  if (c.adapted) where.push(sql`a.adapted`);
  if (c.freeTrial) where.push(sql`a.free_trial`);
  if (c.languages.length > 0) where.push(sql`a.languages && ${sql.val([...c.languages])}::text[]`);
  if (c.weekdays.length > 0) where.push(sql`a.weekdays && ${sql.val([...c.weekdays])}::smallint[]`);
  if (c.providerId !== undefined) where.push(sql`a.provider_id = ${c.providerId}::uuid`);
  if (c.origin && c.maxDistanceMetres !== undefined) {
    // Plain comparisons with the bounding box discard the far rows before any distance is measured.
    const box = boundingBox(c.origin, c.maxDistanceMetres);
    where.push(sql`${LATITUDE} between ${box.minLatitude}::double precision and ${box.maxLatitude}::double precision`);
    if (box.minLongitude !== undefined && box.maxLongitude !== undefined) {
      where.push(
        sql`${LONGITUDE} between ${box.minLongitude}::double precision and ${box.maxLongitude}::double precision`,
      );
    }
    where.push(sql`${distanceFrom(c.origin)} <= ${c.maxDistanceMetres}::double precision`);
  }
  return where;
}

function categoryFilter(c: SearchCriteria, alias: string): RawBuilder<SqlBool> {
  return c.categories.length > 0
    ? sql`${sql.ref(`${alias}.category`)} = any(${sql.val([...c.categories])}::text[])`
    : sql<SqlBool>`true`;
}

/** The activities that match, with only what sorting needs; `n` is joined when distance is measured. */
function matching(c: SearchCriteria, sort: SearchSort | null): RawBuilder<unknown> {
  const distance = c.origin ? distanceFrom(c.origin) : sql`null::double precision`;
  const rank =
    sort === 'relevance' && c.tsQuery
      ? sql`ts_rank(a.search_vector, to_tsquery('norwegian', ${c.tsQuery}))`
      : sql`null::real`;
  const title = sort === 'title' ? sql`coalesce(tr.title, a.title)` : sql`null::text`;
  const translation =
    sort === 'title'
      ? sql`left join activity_translation tr
              on tr.municipality_id = a.municipality_id and tr.activity_id = a.id and tr.language = ${c.language}`
      : sql``;
  const neighbourhood = c.origin
    ? sql`left join neighbourhood n on n.municipality_id = a.municipality_id and n.id = a.neighbourhood_id`
    : sql``;
  return sql`
    select a.municipality_id, a.id, a.category, a.season_start, a.price_ore,
           ${distance} as distance_metres, ${rank} as rank, ${title} as sort_title
      from activity a
      join provider p on p.municipality_id = a.municipality_id and p.id = a.provider_id
      ${neighbourhood}
      ${translation}
     where ${sql.join(filters(c), sql` and `)}`;
}

function orderBy(sort: SearchSort, c: SearchCriteria): RawBuilder<unknown> {
  switch (sort) {
    case 'relevance':
      return c.tsQuery ? sql`h.rank desc, h.season_start, h.id` : sql`h.season_start, h.id`;
    case 'distance':
      return sql`h.distance_metres nulls last, h.id`;
    case 'price':
      return sql`h.price_ore, h.season_start, h.id`;
    case 'title':
      return sql`h.sort_title, h.id`;
    case 'start':
      return sql`h.season_start, h.id`;
  }
}

export interface SearchOutcome {
  total: number;
  /** Matches per category under every filter but the category filter (to show beside each choice). */
  categoryCounts: { category: string; count: number }[];
  rows: ActivitySummaryRow[];
}

export function createSearchStore(db: Kysely<DB>) {
  return {
    /**
     * One page of matches, their number and the counts per category, in one statement: the matches are found
     * once with the columns sorting needs, and only the page's rows are joined to their texts and pictures.
     */
    async search(c: SearchCriteria, page: SearchPage): Promise<SearchOutcome> {
      const order = orderBy(page.sort, c);
      const result = await sql<
        Partial<ActivitySummaryRow> & { total: number; categoryCounts: [string, number][] | null }
      >`
        with hit as materialized (${matching(c, page.sort)}),
        chosen as (select * from hit h where ${categoryFilter(c, 'h')})
        select s.total, s.category_counts, r.*
          from (
            select (select count(*)::int from chosen) as total,
                   (select json_agg(json_build_array(category, n))
                      from (select category, count(*)::int as n from hit group by category) k) as category_counts
          ) s
          left join lateral (
            select a.id,
                   coalesce(tr.title, a.title) as title,
                   case when tr.title is null then a.text_language else tr.language end as text_language,
                   a.category, a.provider_id, p.name as provider_name, a.min_age, a.max_age,
                   a.price_ore::int as price_ore, a.free_trial, a.adapted, a.languages, a.weekdays,
                   to_char(a.season_start, 'YYYY-MM-DD') as season_start,
                   to_char(a.season_end, 'YYYY-MM-DD') as season_end,
                   a.postal_place, n.name as neighbourhood_name,
                   coalesce(a.latitude, n.latitude) as latitude, coalesce(a.longitude, n.longitude) as longitude,
                   h.distance_metres,
                   img.image_id, img.alt_text as image_alt
              from (select * from chosen h order by ${order} limit ${page.limit} offset ${page.offset}) h
              join activity a on a.municipality_id = h.municipality_id and a.id = h.id
              join provider p on p.municipality_id = a.municipality_id and p.id = a.provider_id
              left join neighbourhood n on n.municipality_id = a.municipality_id and n.id = a.neighbourhood_id
              left join activity_translation tr
                on tr.municipality_id = a.municipality_id and tr.activity_id = a.id and tr.language = ${c.language}
              left join lateral (
                select ai.image_id, ai.alt_text from activity_image ai
                 where ai.municipality_id = a.municipality_id and ai.activity_id = a.id
                 order by ai.position limit 1
              ) img on true
             order by ${order}
          ) r on true`.execute(db);
      const first = result.rows[0];
      return {
        total: first?.total ?? 0,
        categoryCounts: (first?.categoryCounts ?? []).map(([category, count]) => ({ category, count })),
        // Without matches on the page, the one row holds only the number and the counts.
        rows: result.rows
          .filter((row) => row.id != null)
          .map(({ total: _t, categoryCounts: _c, ...row }) => row as ActivitySummaryRow),
      };
    },

    /** Every matching activity with a place on the map (capped), for the map view. */
    async mapPoints(c: SearchCriteria, limit: number): Promise<{ total: number; rows: MapPointRow[] }> {
      const where = sql.join(
        [...filters(c), categoryFilter(c, 'a'), sql`coalesce(a.latitude, n.latitude) is not null`],
        sql` and `,
      );
      const result = await sql<MapPointRow & { total: string | number }>`
        select a.id, coalesce(tr.title, a.title) as title, a.category,
               coalesce(a.latitude, n.latitude) as latitude, coalesce(a.longitude, n.longitude) as longitude,
               count(*) over () as total
          from activity a
          join provider p on p.municipality_id = a.municipality_id and p.id = a.provider_id
          left join neighbourhood n on n.municipality_id = a.municipality_id and n.id = a.neighbourhood_id
          left join activity_translation tr
            on tr.municipality_id = a.municipality_id and tr.activity_id = a.id and tr.language = ${c.language}
         where ${where}
         order by a.season_start, a.id
         limit ${limit}`.execute(db);
      const total = result.rows[0] ? Number(result.rows[0].total) : 0;
      return { total, rows: result.rows.map(({ total: _t, ...row }) => row) };
    },

    /** One published activity of an approved provider, in the reader's language where translated. */
    async findPublished(
      municipalityId: number,
      activityId: string,
      language: TranslationLanguage,
    ): Promise<ActivityDetailRow | undefined> {
      const result = await sql<ActivityDetailRow>`
        select a.id,
               coalesce(tr.title, a.title) as title,
               case when tr.title is null then a.text_language else tr.language end as text_language,
               coalesce(case when tr.title is null then null else tr.description end, a.description) as description,
               coalesce(tr.target_group, a.target_group) as target_group,
               coalesce(tr.price_includes, a.price_includes) as price_includes,
               a.category, a.provider_id, p.name as provider_name, a.min_age, a.max_age,
               a.price_ore::int as price_ore, a.free_trial, a.adapted, a.languages, a.weekdays, a.schedule,
               a.session_count,
               to_char(a.season_start, 'YYYY-MM-DD') as season_start,
               to_char(a.season_end, 'YYYY-MM-DD') as season_end,
               a.street_address, a.postal_code, a.postal_place, a.neighbourhood_id, n.name as neighbourhood_name,
               coalesce(a.latitude, n.latitude) as latitude, coalesce(a.longitude, n.longitude) as longitude,
               null::double precision as distance_metres,
               null::uuid as image_id, null::text as image_alt,
               a.contact_name, a.contact_email, a.contact_phone, a.published_at, a.updated_at,
               a.capacity, a.waiting_list, a.refund_policy,
               (select count(*)::int from enrolment e
                 where e.municipality_id = a.municipality_id and e.activity_id = a.id
                   and e.status in (${sql.join([...PLACE_STATUSES])})) as places_taken
          from activity a
          join provider p on p.municipality_id = a.municipality_id and p.id = a.provider_id
          left join neighbourhood n on n.municipality_id = a.municipality_id and n.id = a.neighbourhood_id
          left join activity_translation tr
            on tr.municipality_id = a.municipality_id and tr.activity_id = a.id and tr.language = ${language}
         where a.municipality_id = ${municipalityId} and a.id = ${activityId}::uuid
           and a.status = 'published' and p.status = 'approved'`.execute(db);
      return result.rows[0];
    },

    /** What the price of an activity is made of, by kind of fee (none: its price is one participation fee). */
    async activityFees(municipalityId: number, activityId: string): Promise<Fee[]> {
      const rows = await db
        .selectFrom('activityFee')
        .select(['kind', 'amountOre'])
        .where('municipalityId', '=', municipalityId)
        .where('activityId', '=', activityId)
        .orderBy('kind')
        .execute();
      return rows.map((r) => ({ kind: r.kind, amountOre: Number(r.amountOre) }));
    },

    async activityImages(municipalityId: number, activityId: string): Promise<ActivityImageRow[]> {
      return db
        .selectFrom('activityImage')
        .select(['imageId', 'altText'])
        .where('municipalityId', '=', municipalityId)
        .where('activityId', '=', activityId)
        .orderBy('position')
        .execute();
    },

    async translationLanguages(municipalityId: number, activityId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('activityTranslation')
        .select('language')
        .where('municipalityId', '=', municipalityId)
        .where('activityId', '=', activityId)
        .orderBy('language')
        .execute();
      return rows.map((r) => r.language);
    },

    async providerCard(municipalityId: number, providerId: string): Promise<ProviderCardRow | undefined> {
      return db
        .selectFrom('provider as p')
        .leftJoin('neighbourhood as n', (j) =>
          j.onRef('n.municipalityId', '=', 'p.municipalityId').onRef('n.id', '=', 'p.neighbourhoodId'),
        )
        .select([
          'p.id',
          'p.name',
          'p.kind',
          'p.description',
          'p.email',
          'p.phone',
          'p.website',
          'p.socialLinks',
          'p.logoImageId',
          'p.organisationNumber',
          'n.name as neighbourhoodName',
        ])
        .where('p.municipalityId', '=', municipalityId)
        .where('p.id', '=', providerId)
        .where('p.status', '=', 'approved')
        .executeTakeFirst();
    },

    async neighbourhoods(
      municipalityId: number,
    ): Promise<{ id: string; name: string; latitude: number; longitude: number }[]> {
      return db
        .selectFrom('neighbourhood')
        .select(['id', 'name', 'latitude', 'longitude'])
        .where('municipalityId', '=', municipalityId)
        .orderBy('name')
        .execute();
    },

    async languagesOffered(municipalityId: number, today: string): Promise<string[]> {
      const result = await sql<{ language: string }>`
        select distinct unnest(a.languages) as language
          from activity a
          join provider p on p.municipality_id = a.municipality_id and p.id = a.provider_id
         where a.municipality_id = ${municipalityId} and a.status = 'published' and p.status = 'approved'
           and a.season_end >= ${today}::date
         order by 1`.execute(db);
      return result.rows.map((r) => r.language);
    },
  };
}

export type SearchStore = ReturnType<typeof createSearchStore>;
