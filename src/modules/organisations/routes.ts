import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errorResponses } from '../../http/errors.ts';
import { Nullable } from '../../http/schemas.ts';
import { MAX_SEARCH_LIMIT, type Organisation, type OrganisationService } from './service.ts';

const CalendarDate = Type.String({ format: 'date' });

const SearchHitFields = {
  organisationNumber: Type.String({ pattern: '^[0-9]{9}$', examples: ['998877660'] }),
  name: Type.String(),
  organisationForm: Nullable(Type.String({ description: 'Organisasjonsform code, e.g. FLI, AS, ENK' })),
  inVoluntaryRegister: Type.Boolean({ description: 'Registered in Frivillighetsregisteret' }),
  businessAddress: Nullable(Type.String()),
  postalCode: Nullable(Type.String()),
  postalPlace: Nullable(Type.String()),
  municipalityNumber: Nullable(Type.String()),
};

const OrganisationSchema = Type.Object(
  {
    ...SearchHitFields,
    voluntaryRegisteredOn: Nullable(CalendarDate),
    registeredOn: Nullable(CalendarDate),
    website: Nullable(Type.String({ description: 'Web address as the register has it' })),
    purpose: Nullable(Type.String({ description: 'Vedtektsfestet formål; lines separated by line breaks' })),
    updatedAt: Type.String({
      format: 'date-time',
      description: 'When the platform last took these facts from the register',
    }),
  },
  { $id: 'Organisation', description: "An organisation's facts from Enhetsregisteret / Frivillighetsregisteret" },
);

const OrganisationSearchHit = Type.Object(SearchHitFields, { $id: 'OrganisationSearchHit' });

const OrganisationNumberParams = Type.Object({
  organisationNumber: Type.String({
    minLength: 1,
    maxLength: 20,
    description: 'Nine-digit organisasjonsnummer (spaces allowed); the control digit is checked',
  }),
});

const SearchQuery = Type.Object({
  q: Type.String({ minLength: 2, maxLength: 100, description: 'Words of the name' }),
  municipality: Type.Optional(Type.String({ pattern: '^[0-9]{4}$', description: 'Kommunenummer of the address' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_SEARCH_LIMIT, default: 10 })),
});

export const organisationSchemas = [OrganisationSchema, OrganisationSearchHit];

export interface OrganisationRouteOptions {
  organisations: OrganisationService;
}

const toPublic = (o: Organisation) => ({
  organisationNumber: o.organisationNumber,
  name: o.name,
  organisationForm: o.organisationForm,
  inVoluntaryRegister: o.inVoluntaryRegister,
  businessAddress: o.businessAddress,
  postalCode: o.postalCode,
  postalPlace: o.postalPlace,
  municipalityNumber: o.municipalityNumber,
  voluntaryRegisteredOn: o.voluntaryRegisteredOn,
  registeredOn: o.registeredOn,
  website: o.website,
  purpose: o.purpose,
  updatedAt: o.updatedAt.toISOString(),
});

const toHit = (o: Organisation) => ({
  organisationNumber: o.organisationNumber,
  name: o.name,
  organisationForm: o.organisationForm,
  inVoluntaryRegister: o.inVoluntaryRegister,
  businessAddress: o.businessAddress,
  postalCode: o.postalCode,
  postalPlace: o.postalPlace,
  municipalityNumber: o.municipalityNumber,
});

/** Organisation look-up and name search for provider registration; anyone signed in may use them. */
export const organisationRoutes: FastifyPluginAsyncTypebox<OrganisationRouteOptions> = async (
  app,
  { organisations },
) => {
  app.get(
    '/organisations/:organisationNumber',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['organisations'],
        summary: 'An organisation by number, from the entity register (for registering a provider)',
        description:
          'Checks the control digit, then answers from the platform’s copy of Enhetsregisteret, asking the register ' +
          'when the copy is missing or older than 7 days. 404 ORGANISATION_NOT_FOUND, 409 ORGANISATION_DELETED, ' +
          '503 REGISTER_UNAVAILABLE when the register does not answer and nothing is stored.',
        params: OrganisationNumberParams,
        response: { 200: Type.Ref('Organisation'), ...errorResponses(401, 404, 409, 503) },
      },
    },
    async (request) =>
      toPublic(
        await organisations.findForRegistration(request.params.organisationNumber, {
          field: 'path/organisationNumber',
        }),
      ),
  );

  app.get(
    '/organisations',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['organisations'],
        summary: 'Organisations by name (autocomplete of the registration form), voluntary organisations first',
        querystring: SearchQuery,
        response: {
          200: Type.Object({ items: Type.Array(Type.Ref('OrganisationSearchHit'), { maxItems: MAX_SEARCH_LIMIT }) }),
          ...errorResponses(401),
        },
      },
    },
    async (request) => {
      const { q, municipality, limit } = request.query;
      const hits = await organisations.search(q, {
        ...(municipality ? { municipalityNumber: municipality } : {}),
        ...(limit ? { limit } : {}),
      });
      return { items: hits.map(toHit) };
    },
  );
};
