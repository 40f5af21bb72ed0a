import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { osloDate } from '../../domain/age.ts';
import { errorResponses } from '../../http/errors.ts';
import { KommunenummerParams, Paging, Uuid } from '../../http/schemas.ts';
import type { Services } from '../../services.ts';

const Address = Type.Union([
  Type.Object({
    street: Type.Union([Type.String(), Type.Null()]),
    postalCode: Type.Union([Type.String(), Type.Null()]),
    postalPlace: Type.Union([Type.String(), Type.Null()]),
  }),
  Type.Null(),
]);

const PersonFields = {
  id: Type.String(),
  givenName: Type.String(),
  familyName: Type.String(),
  birthDate: Type.String(),
  age: Type.Integer(),
  status: Type.String(),
  addressProtected: Type.Boolean(),
  address: Address,
  residenceConfirmed: Type.Boolean({
    description: 'A caseworker confirmed that the person lives in the municipality (the register did not say so)',
  }),
};
const NamedRef = Type.Object({ id: Type.String(), name: Type.String() });

const Family = Type.Object(
  {
    self: Type.Object(PersonFields),
    children: Type.Array(
      Type.Object({
        ...PersonFields,
        guardians: Type.Array(NamedRef),
        endedGuardianships: Type.Array(Type.Object({ name: Type.String(), reason: Type.Literal('deceased') }), {
          description: "Guardianships the register ended by the guardian's death: who, and why; nothing more",
        }),
      }),
    ),
  },
  { $id: 'Family' },
);

const PersonResult = Type.Object(PersonFields, { $id: 'Person' });

const PersonLookupResult = Type.Object(
  { ...PersonFields, guardians: Type.Array(NamedRef), children: Type.Array(NamedRef) },
  { $id: 'PersonLookupResult' },
);

export const AccessLogEntry = Type.Object(
  {
    at: Type.String({ format: 'date-time' }),
    who: Type.String(),
    role: Type.Union([Type.String(), Type.Null()]),
    action: Type.String(),
    outcome: Type.String(),
    personId: Type.Union([Type.String(), Type.Null()]),
    reason: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'AccessLogEntry' },
);

const RetentionResult = Type.Object(
  {
    anonymised: Type.Integer(),
    guardianshipsRemoved: Type.Integer(),
    retentionDays: Type.Integer(),
    dryRun: Type.Boolean(),
  },
  { $id: 'RetentionResult' },
);

const PopulationImportRun = Type.Object(
  {
    id: Type.String(),
    mode: Type.Union([Type.Literal('full'), Type.Literal('delta')]),
    startedBy: Type.String(),
    source: Type.Union([Type.String(), Type.Null()]),
    startedAt: Type.String({ format: 'date-time' }),
    finishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    lines: Type.Integer(),
    imported: Type.Integer(),
    inserted: Type.Integer(),
    updated: Type.Integer(),
    movedOut: Type.Integer(),
    deceased: Type.Integer(),
    guardianshipsAdded: Type.Integer(),
    guardianshipsRemoved: Type.Integer(),
    guardianLinksUnresolved: Type.Integer(),
    rejected: Type.Integer(),
  },
  { $id: 'PopulationImportRun' },
);

const PopulationStatus = Type.Object(
  {
    residents: Type.Integer({ description: 'People registered as living in the municipality' }),
    childrenInScope: Type.Integer({ description: 'Residents aged 6–18 today (Europe/Oslo)' }),
    runs: Type.Array(Type.Ref('PopulationImportRun'), { description: 'The latest 20 import runs, newest first' }),
  },
  { $id: 'PopulationStatus' },
);

export const peopleSchemas = [
  Family,
  PersonResult,
  PersonLookupResult,
  AccessLogEntry,
  RetentionResult,
  PopulationImportRun,
  PopulationStatus,
];

export const peopleRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  app.get(
    '/municipalities/:kommunenummer/family',
    {
      config: { permission: 'family.read' },
      schema: {
        tags: ['people'],
        summary: "The signed-in guardian's (or youth's) family as held by the municipality",
        params: KommunenummerParams,
        response: { 200: Type.Ref('Family'), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => services.people.readFamily(request.actor),
  );

  app.get(
    '/municipalities/:kommunenummer/family/export',
    {
      config: { permission: 'family.export' },
      schema: {
        tags: ['people'],
        summary: 'Download all data held about the family (JSON)',
        params: KommunenummerParams,
        response: { 200: Type.Object({}, { additionalProperties: true }), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const data = await services.people.exportFamily(request.actor);
      reply.header(
        'content-disposition',
        `attachment; filename="fritidskort-data-${request.params.kommunenummer}.json"`,
      );
      reply.header('cache-control', 'no-store');
      return data;
    },
  );

  app.get(
    '/municipalities/:kommunenummer/family/access-log',
    {
      config: { permission: 'family.read' },
      schema: {
        tags: ['people'],
        summary: "Who looked at the family's data",
        params: KommunenummerParams,
        querystring: Paging,
        response: {
          200: Type.Object({
            total: Type.Integer({ description: 'Entries by others (caseworkers, the other guardian, …)' }),
            items: Type.Array(Type.Ref('AccessLogEntry'), { description: 'Entries by others, newest first' }),
            ownViews: Type.Integer({ description: "The signed-in person's own views of the family, counted only" }),
            ownLatest: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
          }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) => {
      const page = await services.people.familyAccessLog(request.actor, request.query);
      return {
        total: page.total,
        ownViews: page.ownViews,
        ownLatest: page.ownLatest ? page.ownLatest.toISOString() : null,
        items: page.items.map((e) => ({
          at: e.occurredAt.toISOString(),
          who: e.actorName,
          role: e.actorRole,
          action: e.action,
          outcome: e.outcome,
          personId: e.subjectPersonId,
          reason: e.reason,
        })),
      };
    },
  );

  app.post(
    '/municipalities/:kommunenummer/people/lookup',
    {
      config: { permission: 'person.lookup' },
      schema: {
        tags: ['people'],
        summary: 'Find a person by national identity number (kept out of URLs), with the reason for looking',
        params: KommunenummerParams,
        body: Type.Object(
          {
            nationalId: Type.String({ minLength: 11, maxLength: 13 }),
            reason: Type.String({ minLength: 5, maxLength: 500 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Ref('PersonLookupResult'), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => services.people.lookupPerson(request.actor, request.body),
  );

  app.post(
    '/municipalities/:kommunenummer/people/:personId/residence',
    {
      config: { permission: 'person.residence.confirm' },
      schema: {
        tags: ['people'],
        summary: 'Confirm that a person lives in the municipality when the register does not say so, with the reason',
        description:
          'For a protected address the register withholds, or a D-number holder not registered as resident. ' +
          'Audited; held through later imports while the register places the person nowhere else.',
        params: Type.Object({ kommunenummer: KommunenummerParams.properties.kommunenummer, personId: Uuid }),
        body: Type.Object({ reason: Type.String({ minLength: 5, maxLength: 500 }) }, { additionalProperties: false }),
        response: { 200: Type.Ref('Person'), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) =>
      services.people.confirmResidence(request.actor, {
        personId: request.params.personId,
        reason: request.body.reason,
      }),
  );

  app.get(
    '/municipalities/:kommunenummer/population',
    {
      config: { permission: 'population.import' },
      schema: {
        tags: ['people'],
        summary: 'What the population register gives the municipality: residents, children 6–18 and the latest imports',
        description: 'Counts only; no personal data.',
        params: KommunenummerParams,
        response: { 200: Type.Ref('PopulationStatus'), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const status = await services.population.registerStatus(request.tenant?.id ?? 0, osloDate());
      return {
        residents: status.residents,
        childrenInScope: status.childrenInScope,
        runs: status.runs.map((run) => ({
          id: run.id,
          mode: run.mode,
          startedBy: run.startedBy,
          source: run.source,
          startedAt: run.startedAt.toISOString(),
          finishedAt: run.finishedAt ? run.finishedAt.toISOString() : null,
          lines: run.lines,
          imported: run.imported,
          inserted: run.inserted,
          updated: run.updated,
          movedOut: run.movedOut,
          deceased: run.deceased,
          guardianshipsAdded: run.guardianshipsAdded,
          guardianshipsRemoved: run.guardianshipsRemoved,
          guardianLinksUnresolved: run.guardianLinksUnresolved,
          rejected: run.rejected,
        })),
      };
    },
  );

  app.post(
    '/municipalities/:kommunenummer/retention/run',
    {
      config: { permission: 'retention.run' },
      schema: {
        tags: ['people'],
        summary: "Anonymise people who left the scope longer ago than the municipality's retention period",
        params: KommunenummerParams,
        body: Type.Object({ dryRun: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
        response: { 200: Type.Ref('RetentionResult'), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const municipality = await services.municipalities.getMunicipality(request.params.kommunenummer);
      return services.retention.run(request.actor, {
        municipalityId: municipality.id,
        retentionDays: municipality.settings.retentionDays,
        dryRun: request.body.dryRun ?? false,
      });
    },
  );
};
