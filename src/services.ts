import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { type Executor, inTransaction } from './db/transaction.ts';
import { DEFAULT_MUNICIPALITY_SETTINGS } from './domain/municipality.ts';
import { nationalIdPolicyFor } from './domain/national-id.ts';
import { DEFAULT_ENHETSREGISTERET_URL } from './integrations/enhetsregisteret/client.ts';
import { type AddressSearchClient, createAddressSearchClient } from './integrations/geonorge/addresses.ts';
import type { MailTransport } from './integrations/mail/message.ts';
import { createMailTransport } from './integrations/mail/transport.ts';
import { createOidcClient, type OidcClient } from './integrations/oidc/client.ts';
import { postalCodeRegister } from './integrations/posten/postal-codes.ts';
import type { EPaymentClient } from './integrations/vipps/epayment-client.ts';
import { createPaymentProvider } from './integrations/vipps/provider.ts';
import { type AuditService, createAuditService } from './modules/audit/service.ts';
import { createAuditStore } from './modules/audit/store.ts';
import { type CorrectionService, createCorrectionService } from './modules/cards/correction-service.ts';
import { type CorrectionStore, createCorrectionStore } from './modules/cards/correction-store.ts';
import { createEnrolmentService, type EnrolmentService } from './modules/cards/enrolment-service.ts';
import { createEnrolmentStore, type EnrolmentStore } from './modules/cards/enrolment-store.ts';
import { createExpiryService, type ExpiryService } from './modules/cards/expiry-service.ts';
import { createExpiryStore, type ExpiryStore } from './modules/cards/expiry-store.ts';
import { createLedgerService, type LedgerService } from './modules/cards/ledger-service.ts';
import { createLedgerStore, type LedgerStore } from './modules/cards/ledger-store.ts';
import { createPaymentRequestService, type PaymentRequestService } from './modules/cards/payment-request-service.ts';
import { createPaymentRequestStore, type PaymentRequestStore } from './modules/cards/payment-request-store.ts';
import { createPaymentWebhookService, type PaymentWebhookService } from './modules/cards/payment-webhook-service.ts';
import { createPaymentWebhookStore, type PaymentWebhookStore } from './modules/cards/payment-webhook-store.ts';
import { createSchemeStore, type SchemeStore } from './modules/cards/schemes-store.ts';
import { type CardService, createCardService } from './modules/cards/service.ts';
import { type ActivityService, createActivityService } from './modules/catalogue/activities-service.ts';
import { type ActivityStore, createActivityStore } from './modules/catalogue/activities-store.ts';
import { createImageService, type ImageService } from './modules/catalogue/images-service.ts';
import { createImageStore } from './modules/catalogue/images-store.ts';
import { createInvitationService, type InvitationService } from './modules/catalogue/invitations-service.ts';
import { createInvitationStore, type InvitationStore } from './modules/catalogue/invitations-store.ts';
import { createProviderService, type ProviderService } from './modules/catalogue/providers-service.ts';
import { createProviderStore, type ProviderStore } from './modules/catalogue/providers-store.ts';
import { type CatalogueService, createCatalogueService } from './modules/catalogue/search-service.ts';
import { createSearchStore } from './modules/catalogue/search-store.ts';
import { createSupportOfferStore, type SupportOfferStore } from './modules/catalogue/support-offers-store.ts';
import { createLoginService, type LoginKind, type LoginService, type OidcClients } from './modules/identity/login.ts';
import { createIdentityService, type IdentityService } from './modules/identity/service.ts';
import { createIdentityStore, type IdentityStore } from './modules/identity/store.ts';
import { createMailService, type MailService } from './modules/mail/service.ts';
import { createMailStore } from './modules/mail/store.ts';
import { createMunicipalityService, type MunicipalityService } from './modules/municipalities/service.ts';
import { createMunicipalityStore } from './modules/municipalities/store.ts';
import { createNewsService, type NewsService } from './modules/news/service.ts';
import { createNewsStore, type NewsStore } from './modules/news/store.ts';
import { type OrganisationService, organisationServiceFor } from './modules/organisations/service.ts';
import { createPayoutService, type PayoutService } from './modules/payouts/service.ts';
import { createPayoutStore, type PayoutStore } from './modules/payouts/store.ts';
import { createPeopleDirectory, type PeopleDirectory } from './modules/people/directory-service.ts';
import { createDirectoryStore, type DirectoryStore } from './modules/people/directory-store.ts';
import { createRetentionService, type RetentionService } from './modules/people/retention.ts';
import { createRetentionStore, type RetentionStore } from './modules/people/retention-store.ts';
import { createPeopleService, type PeopleService } from './modules/people/service.ts';
import { createPeopleStore, type PeopleStore } from './modules/people/store.ts';
import { createPlacesService, type PlacesService } from './modules/places/service.ts';
import { createTicketService, type TicketService, ticketSigningKey } from './modules/tickets/service.ts';
import { createTicketStore, type TicketStore } from './modules/tickets/store.ts';
import { createNationalIdProtector, type NationalIdProtector } from './security/pii.ts';

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
  /** The ledger: accounts and immutable transfers; the only way money moves. */
  ledger: LedgerService;
  /** The leisure card: schemes, grant runs, placements and the family's wallet. */
  cards: CardService;
  /** Enrolment in activities, paid by the card and the family in one step. */
  enrolments: EnrolmentService;
  /** Expiry at the period's end: unspent card money back to the scheme's budget. */
  expiry: ExpiryService;
  /** Corrections of the ledger, prepared by one administrator and approved by another. */
  corrections: CorrectionService;
  /** Payment requests from providers to the families of enrolled children, paid as enrolment is. */
  paymentRequests: PaymentRequestService;
  /** Notifications from the payment provider, and the webhook registration they need. */
  paymentWebhooks: PaymentWebhookService;
  /** Payouts to providers: batches, four-eyes approval, bank files and the bank's answers. */
  payouts: PayoutService;
  /** Free tickets: offers at venues, claims and allocations, redemption. */
  tickets: TicketService;
  /**
   * Runs work as one use case across modules: one transaction, with every service built on it. For use cases
   * that the CLI or a route composes from several services; a service's own use cases open theirs themselves.
   */
  transaction<T>(work: (services: Services) => Promise<T>): Promise<T>;
}

export interface ServiceOptions {
  /** Fixed clock for tests. */
  now?: () => Date;
  /** The organisation register to look providers' organisations up in (tests count or stub the look-ups). */
  organisations?: OrganisationService;
  /** The payment provider (tests point it at the simulator); null: none. Default: from the configuration. */
  payments?: EPaymentClient | null;
}

/** Runs work as one use case: one transaction, with every store and service of `Wiring` built on it. */
type Transact = <T>(work: (tx: Wiring) => Promise<T>) => Promise<T>;

/** Everything built on one executor: the services, and the stores that modules' own use cases write through. */
interface Wiring {
  services: Services;
  stores: {
    providers: ProviderStore;
    invitations: InvitationStore;
    identity: IdentityStore;
    news: NewsStore;
    supportOffers: SupportOfferStore;
    retention: RetentionStore;
    directory: DirectoryStore;
    people: PeopleStore;
    ledger: LedgerStore;
    schemes: SchemeStore;
    enrolments: EnrolmentStore;
    paymentRequests: PaymentRequestStore;
    paymentWebhooks: PaymentWebhookStore;
    activities: ActivityStore;
    payouts: PayoutStore;
    tickets: TicketStore;
    expiry: ExpiryStore;
    corrections: CorrectionStore;
  };
}

/** What does not depend on the executor: clients of outside services, keys, the clock. Built once. */
interface Shared {
  config: Config;
  options: ServiceOptions;
  protector: NationalIdProtector;
  mailTransport: MailTransport | undefined;
  addressSearch: AddressSearchClient | undefined;
  organisations: OrganisationService;
  places: PlacesService;
  oidc: OidcClients;
  /** The payment provider for the family's part of a fee (undefined when none is configured). */
  payments: EPaymentClient | undefined;
  /** The key tickets' tokens are signed with, derived from the installation's secrets. */
  ticketKey: Buffer;
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
  const addressSearch = config.addressSearchUrl
    ? createAddressSearchClient({ baseUrl: config.addressSearchUrl })
    : undefined;
  const shared: Shared = {
    config,
    options,
    protector: createNationalIdProtector(config.piiKeys),
    mailTransport: createMailTransport({ ...config.mail, mode: config.mode, dataDir: config.dataDir }),
    addressSearch,
    organisations:
      options.organisations ??
      organisationServiceFor(database, config, {
        // Tests never reach the real register unless they point ENHETSREGISTERET_URL at a stand-in.
        ...(config.mode === 'test' && config.enhetsregisteretUrl === DEFAULT_ENHETSREGISTERET_URL
          ? { client: null }
          : {}),
        ...(options.now ? { now: options.now } : {}),
      }),
    places: createPlacesService({ client: addressSearch }),
    oidc: oidcClients(config),
    payments: options.payments === undefined ? createPaymentProvider(config) : (options.payments ?? undefined),
    ticketKey: ticketSigningKey(config.piiKeys.lookupKey),
  };
  // A use case opens one transaction on the global handle and gets everything built on it; a use case called
  // from inside another (a service asking another) joins the transaction it is given.
  const open: Transact = (work) =>
    inTransaction(database.db, (trx) => {
      const tx: Wiring = wire(trx, shared, (inner) => inner(tx));
      return work(tx);
    });
  return wire(database.db, shared, open).services;
}

/** Builds every store and service on one executor (the global handle, or a use case's transaction). */
function wire(executor: Executor, shared: Shared, transact: Transact): Wiring {
  const { config, options, protector } = shared;
  // Production refuses synthetic test numbers wherever a national id enters.
  const nationalIdPolicy = nationalIdPolicyFor(config.mode);
  const clock = options.now ? { now: options.now } : {};
  const stores: Wiring['stores'] = {
    providers: createProviderStore(executor),
    invitations: createInvitationStore(executor),
    identity: createIdentityStore(executor),
    news: createNewsStore(executor),
    supportOffers: createSupportOfferStore(executor),
    retention: createRetentionStore(executor),
    directory: createDirectoryStore(executor),
    people: createPeopleStore(executor),
    ledger: createLedgerStore(executor),
    schemes: createSchemeStore(executor),
    enrolments: createEnrolmentStore(executor),
    paymentRequests: createPaymentRequestStore(executor),
    paymentWebhooks: createPaymentWebhookStore(executor),
    activities: createActivityStore(executor),
    payouts: createPayoutStore(executor),
    tickets: createTicketStore(executor),
    expiry: createExpiryStore(executor),
    corrections: createCorrectionStore(executor),
  };
  const audit = createAuditService(createAuditStore(executor));
  const people = createPeopleDirectory({
    store: stores.directory,
    transaction: (work) => transact((tx) => work({ store: tx.stores.directory, audit: tx.services.audit })),
    protector,
    audit,
    defaultYouthAge: DEFAULT_MUNICIPALITY_SETTINGS.youthSelfServiceAge,
    nationalIdPolicy,
  });
  const identity = createIdentityService({
    store: stores.identity,
    directory: people,
    providers: stores.providers,
    protector,
    transaction: (work) =>
      transact((tx) => work({ store: tx.stores.identity, audit: tx.services.audit, providers: tx.stores.providers })),
    nationalIdPolicy,
    ...clock,
  });
  const municipalities = createMunicipalityService(createMunicipalityStore(executor));
  const mail = createMailService({ store: createMailStore(executor), transport: shared.mailTransport });
  const providerDeps = {
    identity,
    audit,
    municipalities,
    enqueueMail: mail.enqueueMail,
    publicUrl: config.publicUrl,
    ...clock,
  };
  const providerScope = (tx: Wiring) => ({
    identity: tx.services.identity,
    audit: tx.services.audit,
    municipalities: tx.services.municipalities,
    enqueueMail: tx.services.mail.enqueueMail,
  });
  const ledger = createLedgerService({
    store: stores.ledger,
    transaction: (work) => transact((tx) => work({ store: tx.stores.ledger })),
  });
  const addressSearch = shared.addressSearch;
  const activities = createActivityService({
    store: stores.activities,
    postalCodes: postalCodeRegister(),
    transaction: (work) => transact((tx) => work({ store: tx.stores.activities, audit: tx.services.audit })),
    ...(addressSearch
      ? {
          locateAddress: async ({ street, postalCode }: { street: string; postalCode: string }) => {
            const hits = await addressSearch.search(`${street}, ${postalCode}`, { limit: 3 });
            const hit = hits.find((h) => h.postalCode === postalCode);
            return hit ? { latitude: hit.latitude, longitude: hit.longitude } : undefined;
          },
        }
      : {}),
    ...clock,
  });
  const providerService = createProviderService({
    ...providerDeps,
    store: stores.providers,
    organisations: shared.organisations,
    transaction: (work) => transact((tx) => work({ ...providerScope(tx), store: tx.stores.providers })),
  });
  const login = createLoginService({ identity, directory: people, audit, clients: shared.oidc });
  const services: Services = {
    municipalities,
    audit,
    people,
    identity,
    login,
    retention: createRetentionService({
      store: stores.retention,
      audit,
      transaction: (work) => transact((tx) => work({ store: tx.stores.retention, audit: tx.services.audit })),
    }),
    catalogue: createCatalogueService({
      search: createSearchStore(executor),
      supportOffers: stores.supportOffers,
      audit,
      transaction: (work) =>
        transact((tx) => work({ supportOffers: tx.stores.supportOffers, audit: tx.services.audit })),
      ...clock,
    }),
    activities,
    images: createImageService({ store: createImageStore(executor), ...clock }),
    mail,
    organisations: shared.organisations,
    places: shared.places,
    providers: providerService,
    providerInvitations: createInvitationService({
      ...providerDeps,
      store: stores.invitations,
      providers: stores.providers,
      transaction: (work) =>
        transact((tx) => work({ ...providerScope(tx), store: tx.stores.invitations, providers: tx.stores.providers })),
    }),
    news: createNewsService({
      store: stores.news,
      transaction: (work) =>
        transact((tx) =>
          work({
            store: tx.stores.news,
            audit: tx.services.audit,
            enqueueMailBatch: tx.services.mail.enqueueMailBatch,
          }),
        ),
    }),
    population: createPeopleService({
      store: stores.people,
      transaction: (work) =>
        transact((tx) =>
          work({
            store: tx.stores.people,
            roles: tx.services.identity,
            audit: tx.services.audit,
            grantNewlyEligible: (municipalityId) => tx.services.cards.grantNewlyEligible(municipalityId),
          }),
        ),
      protector,
      getMunicipality: (kommunenummer) => municipalities.getMunicipality(kommunenummer),
      nationalIdPolicy,
    }),
    ledger,
    cards: createCardService({
      schemes: stores.schemes,
      ledger,
      people,
      audit,
      transaction: (work) =>
        transact((tx) =>
          work({
            schemes: tx.stores.schemes,
            ledger: tx.services.ledger,
            people: tx.services.people,
            audit: tx.services.audit,
          }),
        ),
      ...clock,
    }),
    enrolments: createEnrolmentService({
      store: stores.enrolments,
      schemes: stores.schemes,
      ledger,
      activities,
      people,
      audit,
      payments: shared.payments,
      publicUrl: config.publicUrl,
      // A payment that pays a payment request moves its money as the request service says.
      finishRequestPayment: (payment, outcome) => services.paymentRequests.finishPayment(payment, outcome),
      transaction: (work) =>
        transact((tx) =>
          work({
            store: tx.stores.enrolments,
            schemes: tx.stores.schemes,
            ledger: tx.services.ledger,
            activities: tx.services.activities,
            people: tx.services.people,
            audit: tx.services.audit,
          }),
        ),
      ...clock,
    }),
    expiry: createExpiryService({
      store: stores.expiry,
      audit,
      transaction: (work) => transact((tx) => work({ store: tx.stores.expiry, audit: tx.services.audit })),
      ...clock,
    }),
    corrections: createCorrectionService({
      store: stores.corrections,
      expiry: stores.expiry,
      ledger,
      providers: providerService,
      audit,
      transaction: (work) =>
        transact((tx) =>
          work({
            store: tx.stores.corrections,
            expiry: tx.stores.expiry,
            ledger: tx.services.ledger,
            providers: tx.services.providers,
            audit: tx.services.audit,
          }),
        ),
      ...clock,
    }),
    paymentRequests: createPaymentRequestService({
      store: stores.paymentRequests,
      payments: stores.enrolments,
      schemes: stores.schemes,
      ledger,
      activities,
      people,
      audit,
      paymentsAvailable: shared.payments !== undefined,
      // The enrolment's payment path: one way to create and settle a family's payment.
      startPayment: (payment, title) => services.enrolments.startPayment(payment, title),
      settle: (reference) => services.enrolments.settle(reference),
      transaction: (work) =>
        transact((tx) =>
          work({
            store: tx.stores.paymentRequests,
            payments: tx.stores.enrolments,
            schemes: tx.stores.schemes,
            ledger: tx.services.ledger,
            activities: tx.services.activities,
            audit: tx.services.audit,
          }),
        ),
      ...clock,
    }),
    paymentWebhooks: createPaymentWebhookService({
      store: stores.paymentWebhooks,
      transaction: (work) => transact((tx) => work({ store: tx.stores.paymentWebhooks })),
      payments: shared.payments,
      // The same settling as the polling round: the payment's state is read from the provider.
      settle: (reference) => services.enrolments.settle(reference),
      // No test clock: a signature's date is checked against the real one.
    }),
    payouts: createPayoutService({
      store: stores.payouts,
      ledger,
      audit,
      enqueueMail: mail.enqueueMail,
      transaction: (work) =>
        transact((tx) =>
          work({
            store: tx.stores.payouts,
            ledger: tx.services.ledger,
            audit: tx.services.audit,
            enqueueMail: tx.services.mail.enqueueMail,
          }),
        ),
      ...clock,
    }),
    tickets: createTicketService({
      store: stores.tickets,
      audit,
      people,
      // The card service of this same wiring (built in this object), through its service only.
      cards: {
        cardSchemesOf: (...a) => services.cards.cardSchemesOf(...a),
        schemesOf: (m) => services.cards.schemesOf(m),
      },
      signingKey: shared.ticketKey,
      transaction: (work) =>
        transact((tx) => work({ store: tx.stores.tickets, audit: tx.services.audit, cards: tx.services.cards })),
      ...clock,
    }),
    transaction: (work) => transact((tx) => work(tx.services)),
  };
  return { services, stores };
}
