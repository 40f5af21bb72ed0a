/**
 * Rules of the public activity search: turning what a family typed into a text-search query, checking the
 * filters, and choosing the order. Pure.
 */
import { ACTIVITY_CATEGORY_CODES, type ActivityCategoryCode } from './activity.ts';

/** The ten categories (one list for the whole platform, in domain/activity.ts). */
export const ACTIVITY_CATEGORIES = ACTIVITY_CATEGORY_CODES;
export type ActivityCategory = ActivityCategoryCode;

export function isActivityCategory(value: string): value is ActivityCategory {
  return (ACTIVITY_CATEGORIES as readonly string[]).includes(value);
}

export const SEARCH_SORTS = ['relevance', 'distance', 'start', 'price', 'title'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Most words of free text that count; more only slow the search without narrowing it usefully. */
export const MAX_SEARCH_TERMS = 8;
/** Farthest distance a family can ask for, in metres (the width of a large municipality). */
export const MAX_DISTANCE_METRES = 200_000;

/**
 * Free text → a `to_tsquery` expression where every word is a prefix match and all words must match
 * ("fotb 9" → "fotb:* & 9:*"). Only letters and digits survive, so the expression cannot carry tsquery
 * operators from the input. Returns null when nothing searchable is left.
 */
export function textQuery(text: string): string | null {
  const words = text
    .normalize('NFC')
    .toLocaleLowerCase('nb')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, MAX_SEARCH_TERMS);
  if (words.length === 0) return null;
  return words.map((w) => `${w}:*`).join(' & ');
}

export interface Point {
  latitude: number;
  longitude: number;
}

export function isValidPoint(p: Point): boolean {
  return (
    Number.isFinite(p.latitude) &&
    Number.isFinite(p.longitude) &&
    p.latitude >= -90 &&
    p.latitude <= 90 &&
    p.longitude >= -180 &&
    p.longitude <= 180
  );
}

/** Parses "lat,lon" (decimal degrees, WGS 84). */
export function parsePoint(value: string): Point | null {
  const match = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$/.exec(value);
  if (!match) return null;
  const point = { latitude: Number(match[1]), longitude: Number(match[2]) };
  return isValidPoint(point) ? point : null;
}

/** The Earth's radius in metres for distances (the one PostgreSQL's earthdistance extension uses). */
export const EARTH_RADIUS_METRES = 6_378_168;

/** Great-circle distance in metres (haversine on a sphere of radius EARTH_RADIUS_METRES). */
export function distanceMetres(a: Point, b: Point): number {
  const R = EARTH_RADIUS_METRES;
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface BoundingBox {
  minLatitude: number;
  maxLatitude: number;
  /** Absent when the box reaches a pole or spans all longitudes: then every longitude is inside. */
  minLongitude?: number;
  maxLongitude?: number;
}

/**
 * A latitude/longitude box holding every point within `metres` of `origin` (it may hold more; the exact
 * distance decides). Lets the database discard far rows with plain comparisons before measuring. Boxes that
 * would cross the antimeridian span all longitudes.
 */
export function boundingBox(origin: Point, metres: number): BoundingBox {
  const deg = 180 / Math.PI;
  const angle = metres / EARTH_RADIUS_METRES;
  const minLatitude = origin.latitude - angle * deg;
  const maxLatitude = origin.latitude + angle * deg;
  if (minLatitude <= -90 || maxLatitude >= 90) {
    return { minLatitude: Math.max(-90, minLatitude), maxLatitude: Math.min(90, maxLatitude) };
  }
  // The widest longitude reached at this distance (J. P. Matuschek, "Finding Points Within a Distance").
  const dLon = Math.asin(Math.sin(angle) / Math.cos(origin.latitude / deg)) * deg;
  if (origin.longitude - dLon < -180 || origin.longitude + dLon > 180) return { minLatitude, maxLatitude };
  return { minLatitude, maxLatitude, minLongitude: origin.longitude - dLon, maxLongitude: origin.longitude + dLon };
}

export interface SortChoice {
  requested: SearchSort | undefined;
  hasText: boolean;
  hasOrigin: boolean;
}

/**
 * The order of results: what was asked for when it makes sense, otherwise the best default: relevance for a
 * text search, nearest first when there is a place to measure from, otherwise what starts first.
 */
export function chooseSort({ requested, hasText, hasOrigin }: SortChoice): SearchSort {
  if (requested === 'relevance' && hasText) return 'relevance';
  if (requested === 'distance' && hasOrigin) return 'distance';
  if (requested === 'start' || requested === 'price' || requested === 'title') return requested;
  if (hasText) return 'relevance';
  if (hasOrigin) return 'distance';
  return 'start';
}

export interface PriceRange {
  minOre: number | undefined;
  maxOre: number | undefined;
}

/** A price range is valid when both ends are whole øre ≥ 0 and the upper is not below the lower. */
export function isValidPriceRange({ minOre, maxOre }: PriceRange): boolean {
  const ok = (v: number | undefined) => v === undefined || (Number.isSafeInteger(v) && v >= 0);
  if (!ok(minOre) || !ok(maxOre)) return false;
  return minOre === undefined || maxOre === undefined || maxOre >= minOre;
}

/** Whether a support offer applies to an activity: categories (empty = all) and overlapping ages (open ends). */
export function offerApplies(
  offer: { categories: readonly string[]; minAge: number | null; maxAge: number | null },
  activity: { category: string; minAge: number; maxAge: number },
): boolean {
  if (offer.categories.length > 0 && !offer.categories.includes(activity.category)) return false;
  if (offer.minAge !== null && activity.maxAge < offer.minAge) return false;
  if (offer.maxAge !== null && activity.minAge > offer.maxAge) return false;
  return true;
}
