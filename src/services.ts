import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { DEFAULT_MUNICIPALITY_SETTINGS } from './domain/municipality.ts';
import { nationalIdPolicyFor } from './domain/national-id.ts';
import { DEFAULT_ENHETSREGISTERET_URL } from './integrations/enhetsregisteret/client.ts';
import { createAddressSearchClient } from './integrations/geonorge/addresses.ts';
import { createMailTransport } from './integrations/mail/transport.ts';
import { createOidcClient, type OidcClient } from './integrations/oidc/client.ts';
import { postalCodeRegister } from './integrations/posten/postal-codes.ts';
import { type AuditService, createAuditService } from './modules/audit/service.ts';
import { createAuditStore } from './modules/audit/store.ts';
import { type ActivityService, createActivityService } from './modules/catalogue/activities-service.ts';
import { createActivityStore } from './modules/catalogue/activities-store.ts';
import { createImageService, type ImageService } from './modules/catalogue/images-service.ts';
import { createImageStore } from './modules/catalogue/images-store.ts';
import { createInvitationService, type InvitationService } from './modules/catalogue/invitations-service.ts';
import { createInvitationStore } from './modules/catalogue/invitations-store.ts';
import { createProviderService, type ProviderService } from './modules/catalogue/providers-service.ts';
import { createProviderStore } from './modules/catalogue/providers-store.ts';
import { type CatalogueService, createCatalogueService } from './modules/catalogue/search-service.ts';
import { createSearchStore } from './modules/catalogue/search-store.ts';
import { createSupportOfferStore } from './modules/catalogue/support-offers-store.ts';
import { createLoginService, type LoginKind, type LoginService, type OidcClients } from './modules/identity/login.ts';
import { createIdentityService, type IdentityService } from './modules/identity/service.ts';
import { createIdentityStore } from './modules/identity/store.ts';
import { createMailService, type MailService } from './modules/mail/service.ts';
import { createMailStore } from './modules/mail/store.ts';
import { createMunicipalityService, type MunicipalityService } from './modules/municipalities/service.ts';
import { createMunicipalityStore } from './modules/municipalities/store.ts';
import { createNewsService, type NewsService } from './modules/news/service.ts';
import { createNewsStore } from './modules/news/store.ts';
import { type OrganisationService, organisationServiceFor } from './modules/organisations/service.ts';
import { createPeopleDirectory, type PeopleDirectory } from './modules/people/directory-service.ts';
import { createDirectoryStore } from './modules/people/directory-store.ts';
import { createRetentionService, type RetentionService } from './modules/people/retention.ts';
import { createRetentionStore } from './modules/people/retention-store.ts';
import { createPeopleService, type PeopleService } from './modules/people/service.ts';
import { createPeopleStore } from './modules/people/store.ts';
import { createPlacesService, type PlacesService } from './modules/places/service.ts';
import { createNationalIdProtector } from './security/pii.ts';

/** The use cases of every module, wired to their stores. Routes and the CLI call these, never stores. */
export interface Services {
  municipalities: MunicipalityService;
  audit: AuditService;
  people: PeopleDirectory;
  identity: IdentityService;
  login: LoginService;
  retention: RetentionService;
  /** Population register import and sync. */
  population: PeopleService;
  /** The public catalogue: search, activity pages, support offers. */
  catalogue: CatalogueService;
  /** Activities as their providers edit them. */
  activities: ActivityService;
  /** Pictures uploaded by providers. */
  images: ImageService;
  /** Outgoing e-mail: the outbox and its delivery. */
  mail: MailService;
  /** The municipality's news to providers. */
  news: NewsService;
  /** Organisations from Enhetsregisteret / Frivillighetsregisteret (reference data). */
  organisations: OrganisationService;
  /** Provider registration, approval and profile. */
  providers: ProviderService;
  /** Co-admin invitations to providers. */
  providerInvitations: InvitationService;
  /** Addresses people type, turned into coordinates by the national address register. */
  places: PlacesService;
}

export interface ServiceOptions {
  /** Fixed clock for tests. */
  now?: () => Date;
}

/** OpenID Connect clients for the configured providers, discovered on first use and kept. */
function oidcClients(config: Config): OidcClients {
  const cache = new Map<LoginKind, Promise<OidcClient | undefined>>();
  const open = async (kind: LoginKind): Promise<OidcClient | undefined> => {
    const provider = config.oidc[kind];
    if (!provider) return undefined;
    return createOidcClient({
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      redirectUri: `${config.publicUrl}/api/auth/callback/${kind}`,
      postLogoutRedirectUri: `${config.publicUrl}/`,
      allowInsecure: config.mode !== 'production',
      ...(kind === 'citizen'
        ? { requiredAcr: ['idporten-loa-substantial', 'idporten-loa-high'], requirePid: true }
        : { scope: 'openid profile email' }),
    });
  };
  return (kind) => {
    let client = cache.get(kind);
    if (!client) {
      client = open(kind).catch((error: unknown) => {
        cache.delete(kind);
        throw error;
      });
      cache.set(kind, client);
    }
    return client;
  };
}

export function createServices(database: Database, config: Config, options: ServiceOptions = {}): Services {
  const protector = createNationalIdProtector(config.piiKeys);
  // Production refuses synthetic test numbers wherever a national id enters.
  const nationalIdPolicy = nationalIdPolicyFor(config.mode);
  const audit = createAuditService(createAuditStore(database.db));
  const people = createPeopleDirectory({
    store: createDirectoryStore(database.db),
    protector,
    audit,
    defaultYouthAge: DEFAULT_MUNICIPALITY_SETTINGS.youthSelfServiceAge,
    nationalIdPolicy,
  });
  const providerStore = createProviderStore(database.db);
  const identity = createIdentityService({
    store: createIdentityStore(database.db),
    directory: people,
    providers: { names: (municipalityId, providerIds) => providerStore.names(municipalityId, providerIds) },
    protector,
    audit,
    nationalIdPolicy,
    ...(options.now ? { now: options.now } : {}),
  });
  const municipalities = createMunicipalityService(createMunicipalityStore(database.db));
  const addressSearch = config.addressSearchUrl
    ? createAddressSearchClient({ baseUrl: config.addressSearchUrl })
    : undefined;
  const mail = createMailService({
    store: createMailStore(database.db),
    transport: createMailTransport({ ...config.mail, mode: config.mode, dataDir: config.dataDir }),
  });
  const organisations = organisationServiceFor(database, config, {
    // Tests never reach the real register unless they point ENHETSREGISTERET_URL at a stand-in.
    ...(config.mode === 'test' && config.enhetsregisteretUrl === DEFAULT_ENHETSREGISTERET_URL ? { client: null } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const providerDeps = {
    identity,
    audit,
    municipalities,
    enqueueMail: mail.enqueueMail,
    publicUrl: config.publicUrl,
    ...(options.now ? { now: options.now } : {}),
  };
  const login = createLoginService({ identity, directory: people, audit, clients: oidcClients(config) });
  return {
    municipalities,
    audit,
    people,
    identity,
    login,
    retention: createRetentionService({ store: createRetentionStore(database.db), audit }),
    catalogue: createCatalogueService({
      search: createSearchStore(database.db),
      supportOffers: createSupportOfferStore(database.db),
      audit,
      ...(options.now ? { now: options.now } : {}),
    }),
    activities: createActivityService({
      store: createActivityStore(database.db),
      postalCodes: postalCodeRegister(),
      ...(addressSearch
        ? {
            locateAddress: async ({ street, postalCode }: { street: string; postalCode: string }) => {
              const hits = await addressSearch.search(`${street}, ${postalCode}`, { limit: 3 });
              const hit = hits.find((h) => h.postalCode === postalCode);
              return hit ? { latitude: hit.latitude, longitude: hit.longitude } : undefined;
            },
          }
        : {}),
      ...(options.now ? { now: options.now } : {}),
    }),
    images: createImageService({ store: createImageStore(database.db), ...(options.now ? { now: options.now } : {}) }),
    mail,
    organisations,
    places: createPlacesService({ client: addressSearch }),
    providers: createProviderService({ ...providerDeps, store: providerStore, organisations }),
    providerInvitations: createInvitationService({
      ...providerDeps,
      store: createInvitationStore(database.db),
      providers: providerStore,
    }),
    news: createNewsService({ store: createNewsStore(database.db), audit, enqueueMailBatch: mail.enqueueMailBatch }),
    population: createPeopleService({
      store: createPeopleStore(database.db),
      protector,
      getMunicipality: (kommunenummer) => municipalities.getMunicipality(kommunenummer),
      nationalIdPolicy,
    }),
  };
}
