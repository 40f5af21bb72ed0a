import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Runtime configuration, read once from the environment. */
export interface Config {
  /** 'production' serves the built web app and refuses development shortcuts. */
  mode: 'production' | 'development' | 'test';
  host: string;
  port: number;
  /** PostgreSQL server URL; when absent the embedded PGlite database under dataDir is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: string;
  /** Public base URL printed at start and used in links. */
  publicUrl: string;
  /** Keys protecting national identity numbers (32 bytes each). */
  piiKeys: PiiKeys;
  /** Directory with the built web app. */
  webDist: string;
  /** OpenID Connect providers; absent outside production means: start the local development provider. */
  oidc: OidcConfig;
  /** Outgoing e-mail. */
  mail: MailConfig;
  /** Enhetsregisteret's open API (organisation look-ups at registration). */
  enhetsregisteretUrl: string;
  /** Background map tiles for the catalogue's map view. */
  map: MapConfig;
  /**
   * Kartverket's address search (Geonorge "adresser" API), to measure distance from an address. Unset outside
   * production: the development server starts a local stand-in with the demo municipality's addresses.
   */
  addressSearchUrl: string | undefined;
  /** The payment provider (Vipps MobilePay ePayment), for the part of a fee the leisure card does not cover. */
  payments: PaymentsConfig;
}

/** Vipps MobilePay API access (ePayment, Access Token and Webhooks APIs) for one merchant sales unit. */
export interface VippsConfig {
  /** https://api.vipps.no (production) or https://apitest.vipps.no (test environment). */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  /** Ocp-Apim-Subscription-Key. */
  subscriptionKey: string;
  /** The sales unit's merchant serial number (4-6 digits). */
  merchantSerialNumber: string;
}

export interface PaymentsConfig {
  /**
   * Absent outside production: the development server starts the local Vipps MobilePay simulator and fills this
   * in. Absent in production: no payment provider (guardians cannot pay a remainder).
   */
  vipps: VippsConfig | undefined;
  /** Public base URL Vipps MobilePay sends webhook notifications to (default PUBLIC_URL). */
  webhookBaseUrl: string;
  /** Port of the local simulator (development only); default 0, any free port. */
  devPort: number;
}

export interface MailConfig {
  /** SMTP server, e.g. smtp://user:pass@smtp.example.no:587; absent: mail is kept in the outbox, not sent. */
  smtpUrl: string | undefined;
  /** Sender address, e.g. "Fritidskortet <noreply@fritidskort.no>". */
  from: string;
}

export interface MapConfig {
  /** XYZ tile URL template with {z}, {x} and {y}. */
  tileUrl: string;
  /** Attribution shown on the map (the tile source's licence requires it). */
  attribution: string;
  maxZoom: number;
}

export interface OidcProviderConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export interface OidcConfig {
  /** ID-porten (citizens). */
  citizen: OidcProviderConfig | undefined;
  /** The municipalities' identity provider (staff). */
  staff: OidcProviderConfig | undefined;
  /** Port of the local development provider (only outside production, when no issuer is configured). */
  devPort: number;
}

export interface PiiKeys {
  lookupKey: Buffer;
  encryptionKey: Buffer;
}

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');

export function projectRoot(): string {
  return ROOT;
}

function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer 0-65535, got "${value}"`);
  }
  return port;
}

function providerFromEnv(env: NodeJS.ProcessEnv, prefix: string): OidcProviderConfig | undefined {
  const issuer = env[`${prefix}_ISSUER`];
  const clientId = env[`${prefix}_CLIENT_ID`];
  const clientSecret = env[`${prefix}_CLIENT_SECRET`];
  if (!issuer && !clientId && !clientSecret) return undefined;
  if (!issuer || !clientId || !clientSecret) {
    throw new Error(`${prefix}_ISSUER, ${prefix}_CLIENT_ID and ${prefix}_CLIENT_SECRET must be set together`);
  }
  return { issuer, clientId, clientSecret };
}

function absoluteUrl(name: string, value: string, mode: Config['mode']): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} must be an absolute URL, got "${value}"`);
  }
  if (url.protocol !== 'https:' && (mode === 'production' || url.protocol !== 'http:')) {
    throw new Error(`${name} must use https${mode === 'production' ? ' in production' : ' or http'}, got "${value}"`);
  }
  return value.replace(/\/+$/, '');
}

const VIPPS_VARIABLES = [
  'VIPPS_BASE_URL',
  'VIPPS_CLIENT_ID',
  'VIPPS_CLIENT_SECRET',
  'VIPPS_SUBSCRIPTION_KEY',
  'VIPPS_MERCHANT_SERIAL_NUMBER',
] as const;

function paymentsFromEnv(env: NodeJS.ProcessEnv, mode: Config['mode'], publicUrl: string): PaymentsConfig {
  const given = VIPPS_VARIABLES.filter((name) => env[name] !== undefined && env[name] !== '');
  if (given.length > 0 && given.length < VIPPS_VARIABLES.length) {
    throw new Error(`${VIPPS_VARIABLES.join(', ')} must be set together`);
  }
  let vipps: VippsConfig | undefined;
  if (given.length > 0) {
    const merchantSerialNumber = env.VIPPS_MERCHANT_SERIAL_NUMBER ?? '';
    if (!/^[0-9]{4,6}$/.test(merchantSerialNumber)) {
      throw new Error(`VIPPS_MERCHANT_SERIAL_NUMBER must be 4-6 digits, got "${merchantSerialNumber}"`);
    }
    vipps = {
      baseUrl: absoluteUrl('VIPPS_BASE_URL', env.VIPPS_BASE_URL ?? '', mode),
      clientId: env.VIPPS_CLIENT_ID ?? '',
      clientSecret: env.VIPPS_CLIENT_SECRET ?? '',
      subscriptionKey: env.VIPPS_SUBSCRIPTION_KEY ?? '',
      merchantSerialNumber,
    };
  }
  const webhookBase = env.VIPPS_WEBHOOK_BASE_URL;
  return {
    vipps,
    webhookBaseUrl:
      webhookBase === undefined || webhookBase === ''
        ? publicUrl.replace(/\/+$/, '')
        : absoluteUrl('VIPPS_WEBHOOK_BASE_URL', webhookBase, mode),
    devPort: parsePort(env.VIPPS_DEV_PORT, 0),
  };
}

function decodeKey(name: string, value: string): Buffer {
  const key = Buffer.from(value, 'base64');
  if (key.length !== 32) throw new Error(`${name} must be 32 bytes, base64 encoded`);
  return key;
}

/**
 * Keys for national ids. In production they must come from the environment; elsewhere a key file is
 * created under the data directory on first use so a development installation keeps working across restarts.
 */
function loadPiiKeys(env: NodeJS.ProcessEnv, mode: Config['mode'], dataDir: string): PiiKeys {
  const lookup = env.PII_LOOKUP_KEY;
  const enc = env.PII_ENCRYPTION_KEY;
  if (lookup && enc) {
    return {
      lookupKey: decodeKey('PII_LOOKUP_KEY', lookup),
      encryptionKey: decodeKey('PII_ENCRYPTION_KEY', enc),
    };
  }
  if (mode === 'production' && env.ALLOW_GENERATED_KEYS !== 'true') {
    throw new Error('PII_LOOKUP_KEY and PII_ENCRYPTION_KEY must be set in production (32 random bytes each, base64)');
  }
  if (mode === 'test') {
    return { lookupKey: Buffer.alloc(32, 1), encryptionKey: Buffer.alloc(32, 2) };
  }
  const file = resolve(dataDir, 'keys.json');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    const keys = {
      lookupKey: randomBytes(32).toString('base64'),
      encryptionKey: randomBytes(32).toString('base64'),
    };
    writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
  }
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { lookupKey: string; encryptionKey: string };
  return {
    lookupKey: decodeKey('keys.json lookupKey', stored.lookupKey),
    encryptionKey: decodeKey('keys.json encryptionKey', stored.encryptionKey),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const rawMode = env.NODE_ENV;
  const mode: Config['mode'] = rawMode === 'production' ? 'production' : rawMode === 'test' ? 'test' : 'development';
  const host = env.HOST ?? '127.0.0.1';
  const port = parsePort(env.PORT, 3000);
  const dataDir = resolve(env.DATA_DIR ?? resolve(ROOT, 'data'));
  const databaseUrl = env.DATABASE_URL && env.DATABASE_URL !== '' ? env.DATABASE_URL : undefined;
  const publicUrl = env.PUBLIC_URL ?? `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
  return {
    mode,
    host,
    port,
    databaseUrl,
    dataDir,
    logLevel: env.LOG_LEVEL ?? (mode === 'test' ? 'silent' : 'info'),
    publicUrl,
    piiKeys: loadPiiKeys(env, mode, dataDir),
    webDist: resolve(env.WEB_DIST ?? resolve(ROOT, 'web/dist')),
    oidc: {
      citizen: providerFromEnv(env, 'OIDC_CITIZEN'),
      staff: providerFromEnv(env, 'OIDC_STAFF'),
      devPort: parsePort(env.OIDC_DEV_PORT, port === 0 ? 0 : port + 1),
    },
    mail: {
      smtpUrl: env.SMTP_URL && env.SMTP_URL !== '' ? env.SMTP_URL : undefined,
      from: env.MAIL_FROM ?? 'Fritidskortet <noreply@fritidskort.localhost>',
    },
    enhetsregisteretUrl: env.ENHETSREGISTERET_URL ?? 'https://data.brreg.no/enhetsregisteret/api',
    addressSearchUrl:
      env.ADDRESS_SEARCH_URL ?? (mode === 'production' ? 'https://ws.geonorge.no/adresser/v1' : undefined),
    payments: paymentsFromEnv(env, mode, publicUrl),
    map: {
      tileUrl: env.MAP_TILE_URL ?? 'https://cache.kartverket.no/v1/wmts/1.0.0/topo/default/webmercator/{z}/{y}/{x}.png',
      attribution: env.MAP_ATTRIBUTION ?? '© Kartverket',
      maxZoom: parsePort(env.MAP_MAX_ZOOM, 18),
    },
  };
}
