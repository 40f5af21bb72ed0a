/**
 * The modules the API serves, in one list: each names its OpenAPI tag, the shared schemas its routes refer to,
 * and how its routes are registered with the services they call. Adding a module to the API is one entry here
 * (and its services in services.ts).
 */
import type { TSchema } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { auditRoutes, auditSchemas } from '../modules/audit/routes.ts';
import { correctionRoutes, correctionSchemas } from '../modules/cards/correction-routes.ts';
import { enrolmentRoutes, enrolmentSchemas } from '../modules/cards/enrolment-routes.ts';
import { expiryRoutes, expirySchemas } from '../modules/cards/expiry-routes.ts';
import { paymentRequestRoutes, paymentRequestSchemas } from '../modules/cards/payment-request-routes.ts';
import { paymentWebhookRoutes } from '../modules/cards/payment-webhook-routes.ts';
import { cardRoutes, cardSchemas } from '../modules/cards/routes.ts';
import { activityRoutes, activitySchemas } from '../modules/catalogue/activities-routes.ts';
import { imageRoutes, imageSchemas } from '../modules/catalogue/images-routes.ts';
import { providerRoutes, providerSchemas } from '../modules/catalogue/providers-routes.ts';
import { catalogueRoutes, catalogueSchemas } from '../modules/catalogue/search-routes.ts';
import { healthRoutes } from '../modules/health/routes.ts';
import { authRoutes } from '../modules/identity/auth-routes.ts';
import { identityRoutes, identitySchemas } from '../modules/identity/routes.ts';
import { municipalityRoutes, municipalitySchemas } from '../modules/municipalities/routes.ts';
import { newsRoutes, newsSchemas } from '../modules/news/routes.ts';
import { organisationRoutes, organisationSchemas } from '../modules/organisations/routes.ts';
import { payoutRoutes, payoutSchemas } from '../modules/payouts/routes.ts';
import { peopleRoutes, peopleSchemas } from '../modules/people/routes.ts';
import { placesRoutes, placesSchemas } from '../modules/places/routes.ts';
import { ticketRoutes, ticketSchemas } from '../modules/tickets/routes.ts';
import type { Services } from '../services.ts';

export interface ApiContext {
  services: Services;
  config: Config;
  database: Database;
}

export interface ApiModule {
  /** The OpenAPI tag of the module's routes. */
  tag?: { name: string; description: string };
  /** Schemas with an `$id` that the module's routes refer to. */
  schemas?: readonly TSchema[];
  /** Registers the module's routes under `/api`. */
  routes(api: FastifyInstance, context: ApiContext): Promise<void>;
}

export const apiModules: readonly ApiModule[] = [
  {
    tag: { name: 'operations', description: 'Health and readiness' },
    routes: async (api, { database }) => api.register(healthRoutes, { database }),
  },
  {
    tag: { name: 'municipalities', description: 'Tenants of this installation' },
    schemas: municipalitySchemas,
    routes: async (api, { services }) => api.register(municipalityRoutes, { municipalities: services.municipalities }),
  },
  {
    tag: { name: 'identity', description: 'Login, session and roles' },
    schemas: identitySchemas,
    routes: async (api, { services, config }) => {
      await api.register(identityRoutes, { services });
      await api.register(authRoutes, { services, config });
    },
  },
  {
    tag: { name: 'people', description: 'Families and people from the population register' },
    schemas: peopleSchemas,
    routes: async (api, { services }) => api.register(peopleRoutes, { services }),
  },
  {
    tag: { name: 'audit', description: 'Who read or changed what, when and why' },
    schemas: auditSchemas,
    routes: async (api, { services }) => api.register(auditRoutes, { services }),
  },
  {
    tag: { name: 'catalogue', description: 'Activities, providers and the help next to them' },
    schemas: catalogueSchemas,
    routes: async (api, { services, config }) =>
      api.register(catalogueRoutes, { catalogue: services.catalogue, map: config.map }),
  },
  {
    tag: { name: 'activities', description: 'Activities and pictures, edited by providers' },
    schemas: [...activitySchemas, ...imageSchemas],
    routes: async (api, { services }) => {
      await api.register(activityRoutes, { activities: services.activities });
      await api.register(imageRoutes, { images: services.images });
    },
  },
  {
    tag: { name: 'news', description: "The municipality's news to providers" },
    schemas: newsSchemas,
    routes: async (api, { services }) => api.register(newsRoutes, { news: services.news }),
  },
  {
    tag: { name: 'organisations', description: 'Organisations from Enhetsregisteret / Frivillighetsregisteret' },
    schemas: organisationSchemas,
    routes: async (api, { services }) => api.register(organisationRoutes, { organisations: services.organisations }),
  },
  {
    schemas: placesSchemas,
    routes: async (api, { services }) => api.register(placesRoutes, { places: services.places }),
  },
  {
    tag: { name: 'providers', description: 'Provider registration, approval, profile and co-admins' },
    schemas: providerSchemas,
    routes: async (api, { services }) =>
      api.register(providerRoutes, { providers: services.providers, invitations: services.providerInvitations }),
  },
  {
    tag: { name: 'cards', description: 'Leisure-card schemes, grant runs, placements and the family wallet' },
    schemas: [...cardSchemas, ...enrolmentSchemas, ...expirySchemas, ...correctionSchemas, ...paymentRequestSchemas],
    routes: async (api, { services }) => {
      await api.register(cardRoutes, { cards: services.cards });
      await api.register(enrolmentRoutes, { enrolments: services.enrolments });
      await api.register(paymentRequestRoutes, { requests: services.paymentRequests });
      await api.register(paymentWebhookRoutes, { webhooks: services.paymentWebhooks });
      await api.register(expiryRoutes, { expiry: services.expiry });
      await api.register(correctionRoutes, { corrections: services.corrections });
    },
  },
  {
    tag: { name: 'payouts', description: 'Payout batches to providers, their bank files and the bank’s answers' },
    schemas: payoutSchemas,
    routes: async (api, { services }) => api.register(payoutRoutes, { payouts: services.payouts }),
  },
  {
    tag: { name: 'tickets', description: 'Free tickets: offers at venues, claims, allocations and redemption' },
    schemas: ticketSchemas,
    routes: async (api, { services }) => api.register(ticketRoutes, { tickets: services.tickets }),
  },
];
