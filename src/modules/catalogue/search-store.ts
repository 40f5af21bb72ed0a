import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { DB, ScheduleEntry } from '../../db/schema.ts';
import type { TranslationLanguage } from '../../db/tables/catalogue.ts';
import type { Point, SearchSort } from '../../domain/search.ts';

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

const EARTH_POINT_OF_ACTIVITY = sql`ll_to_earth(coalesce(a.latitude, n.latitude), coalesce(a.longitude, n.longitude))`;

function filters(c: SearchCriteria): RawBuilder<SqlBool>[] {
  const where: RawBuilder<SqlBool>[] = [
    sql`a.municipality_id = ${c.municipalityId}`,
    sql`a.status = 'published'`,
    sql`p.status = 'approved'`,
    sql`a.season_end >= ${c.today}::date`,
  ];
  if (c.tsQuery) {
    where.push(sql`(
      a.search_vector @@ to_tsquery('norwegian', ${c.tsQuery})
      or p.search_vector @@ to_tsquery('norwegian', ${c.tsQuery})
      or exists (
        select 1 from activity_translation t
         where t.municipality_id = a.municipality_id and t.activity_id = a.id
           and t.search_vector @@ to_tsquery('simple', ${c.tsQuery})
      )
    )`);
  }
  if (c.categories.length > 0) where.push(sql`a.category = any(${sql.val([...c.categories])}::text[])`);
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
    const o = sql`ll_to_earth(${c.origin.latitude}, ${c.origin.longitude})`;
    where.push(sql`coalesce(a.latitude, n.latitude) is not null`);
    where.push(sql`earth_box(${o}, ${c.maxDistanceMetres}) @> ${EARTH_POINT_OF_ACTIVITY}`);
    where.push(sql`earth_distance(${o}, ${EARTH_POINT_OF_ACTIVITY}) <= ${c.maxDistanceMetres}`);
  }
  return where;
}

function distanceExpression(c: SearchCriteria): RawBuilder<number | null> {
  if (!c.origin) return sql<null>`null::double precision`;
  return sql<
    number | null
  >`earth_distance(ll_to_earth(${c.origin.latitude}, ${c.origin.longitude}), ${EARTH_POINT_OF_ACTIVITY})`;
}

function orderBy(sort: SearchSort, c: SearchCriteria): RawBuilder<unknown> {
  switch (sort) {
    case 'relevance':
      return c.tsQuery
        ? sql`ts_rank(a.search_vector, to_tsquery('norwegian', ${c.tsQuery})) desc, a.season_start, a.id`
        : sql`a.season_start, a.id`;
    case 'distance':
      return sql`distance_metres nulls last, a.id`;
    case 'price':
      return sql`a.price_ore, a.season_start, a.id`;
    case 'title':
      return sql`title, a.id`;
    case 'start':
      return sql`a.season_start, a.id`;
  }
}

export function createSearchStore(db: Kysely<DB>) {
  return {
    async search(c: SearchCriteria, page: SearchPage): Promise<{ total: number; rows: ActivitySummaryRow[] }> {
      const where = sql.join(filters(c), sql` and `);
      const result = await sql<ActivitySummaryRow & { total: string | number }>`
        select a.id,
               coalesce(tr.title, a.title) as title,
               case when tr.title is null then a.text_language else tr.language end as text_language,
               a.category, a.provider_id, p.name as provider_name, a.min_age, a.max_age, a.price_ore::int as price_ore,
               a.free_trial, a.adapted, a.languages, a.weekdays,
               to_char(a.season_start, 'YYYY-MM-DD') as season_start,
               to_char(a.season_end, 'YYYY-MM-DD') as season_end,
               a.postal_place, n.name as neighbourhood_name,
               coalesce(a.latitude, n.latitude) as latitude, coalesce(a.longitude, n.longitude) as longitude,
               ${distanceExpression(c)} as distance_metres,
               img.image_id, img.alt_text as image_alt,
               count(*) over () as total
          from activity a
          join provider p on p.municipality_id = a.municipality_id and p.id = a.provider_id
          left join neighbourhood n on n.municipality_id = a.municipality_id and n.id = a.neighbourhood_id
          left join activity_translation tr
            on tr.municipality_id = a.municipality_id and tr.activity_id = a.id and tr.language = ${c.language}
          left join lateral (
            select ai.image_id, ai.alt_text from activity_image ai
             where ai.municipality_id = a.municipality_id and ai.activity_id = a.id
             order by ai.position limit 1
          ) img on true
         where ${where}
         order by ${orderBy(page.sort, c)}
         limit ${page.limit} offset ${page.offset}`.execute(db);
      const total = result.rows[0] ? Number(result.rows[0].total) : 0;
      return { total, rows: result.rows.map(({ total: _t, ...row }) => row) };
    },

    /** Every matching activity with a place on the map (capped), for the map view. */
    async mapPoints(c: SearchCriteria, limit: number): Promise<{ total: number; rows: MapPointRow[] }> {
      const where = sql.join([...filters(c), sql`coalesce(a.latitude, n.latitude) is not null`], sql` and `);
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

    /** Counts per category for the same filters without the category filter (to show beside each choice). */
    async categoryCounts(c: SearchCriteria): Promise<{ category: string; count: number }[]> {
      const where = sql.join(filters({ ...c, categories: [] }), sql` and `);
      const result = await sql<{ category: string; count: string | number }>`
        select a.category, count(*) as count
          from activity a
          join provider p on p.municipality_id = a.municipality_id and p.id = a.provider_id
          left join neighbourhood n on n.municipality_id = a.municipality_id and n.id = a.neighbourhood_id
         where ${where}
         group by a.category`.execute(db);
      return result.rows.map((r) => ({ category: r.category, count: Number(r.count) }));
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
               a.contact_name, a.contact_email, a.contact_phone, a.published_at, a.updated_at
          from activity a
          join provider p on p.municipality_id = a.municipality_id and p.id = a.provider_id
          left join neighbourhood n on n.municipality_id = a.municipality_id and n.id = a.neighbourhood_id
          left join activity_translation tr
            on tr.municipality_id = a.municipality_id and tr.activity_id = a.id and tr.language = ${language}
         where a.municipality_id = ${municipalityId} and a.id = ${activityId}::uuid
           and a.status = 'published' and p.status = 'approved'`.execute(db);
      return result.rows[0];
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
