/**
 * Coordinates of addresses in Norway are given in EUREF89 / UTM (the map projection of the national address
 * register, zone 33 by default; zones 32-35 are in use). The platform stores WGS84 latitude and longitude, which
 * for these purposes equal EUREF89 geographic coordinates. Transverse Mercator by Krüger's series to the third
 * order (Karney 2011), accurate to well below a metre within a zone.
 */

export interface UtmCoordinate {
  /** Northing in metres. */
  nord: number;
  /** Easting in metres, with the false easting of 500 000 m. */
  oest: number;
  /** UTM zone, 32-35 in Norway. */
  sone: number;
}

export interface GeographicCoordinate {
  latitude: number;
  longitude: number;
}

// GRS80, the ellipsoid of EUREF89.
const A = 6_378_137;
const F = 1 / 298.257222101;
const K0 = 0.9996;
const FALSE_EASTING = 500_000;

const N = F / (2 - F);
const N2 = N * N;
const N3 = N2 * N;
const RECTIFYING_RADIUS = (A / (1 + N)) * (1 + N2 / 4 + (N2 * N2) / 64);
const ECCENTRICITY = (2 * Math.sqrt(N)) / (1 + N);
const ALPHA = [N / 2 - (2 * N2) / 3 + (5 * N3) / 16, (13 * N2) / 48 - (3 * N3) / 5, (61 * N3) / 240];
const BETA = [N / 2 - (2 * N2) / 3 + (37 * N3) / 96, N2 / 48 + N3 / 15, (17 * N3) / 480];
const DELTA = [2 * N - (2 * N2) / 3 - 2 * N3, (7 * N2) / 3 - (8 * N3) / 5, (56 * N3) / 15];

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
const toDegrees = (radians: number) => (radians * 180) / Math.PI;
const centralMeridian = (zone: number) => toRadians(zone * 6 - 183);

/** True for a zone used on the Norwegian mainland and Svalbard (31-36). */
export function isNorwegianUtmZone(zone: number): boolean {
  return Number.isInteger(zone) && zone >= 31 && zone <= 36;
}

/** EUREF89 / UTM (northern hemisphere) to latitude and longitude in degrees. */
export function utmToGeographic({ nord, oest, sone }: UtmCoordinate): GeographicCoordinate {
  const xi = nord / (K0 * RECTIFYING_RADIUS);
  const eta = (oest - FALSE_EASTING) / (K0 * RECTIFYING_RADIUS);
  let xiPrime = xi;
  let etaPrime = eta;
  for (let j = 1; j <= 3; j++) {
    const beta = BETA[j - 1] as number;
    xiPrime -= beta * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
    etaPrime -= beta * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
  }
  const chi = Math.asin(Math.sin(xiPrime) / Math.cosh(etaPrime));
  let latitude = chi;
  for (let j = 1; j <= 3; j++) latitude += (DELTA[j - 1] as number) * Math.sin(2 * j * chi);
  const longitude = centralMeridian(sone) + Math.atan2(Math.sinh(etaPrime), Math.cos(xiPrime));
  return { latitude: toDegrees(latitude), longitude: toDegrees(longitude) };
}

/** Latitude and longitude in degrees to EUREF89 / UTM in the given zone (default 33). */
export function geographicToUtm({ latitude, longitude }: GeographicCoordinate, sone = 33): UtmCoordinate {
  const phi = toRadians(latitude);
  const dLambda = toRadians(longitude) - centralMeridian(sone);
  const t = Math.sinh(Math.atanh(Math.sin(phi)) - ECCENTRICITY * Math.atanh(ECCENTRICITY * Math.sin(phi)));
  const xiPrime = Math.atan2(t, Math.cos(dLambda));
  const etaPrime = Math.atanh(Math.sin(dLambda) / Math.sqrt(1 + t * t));
  let xi = xiPrime;
  let eta = etaPrime;
  for (let j = 1; j <= 3; j++) {
    const alpha = ALPHA[j - 1] as number;
    xi += alpha * Math.sin(2 * j * xiPrime) * Math.cosh(2 * j * etaPrime);
    eta += alpha * Math.cos(2 * j * xiPrime) * Math.sinh(2 * j * etaPrime);
  }
  return { nord: K0 * RECTIFYING_RADIUS * xi, oest: FALSE_EASTING + K0 * RECTIFYING_RADIUS * eta, sone };
}
