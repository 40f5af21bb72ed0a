import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { KOMMUNENUMMER_PATTERN } from '../../domain/municipality.ts';
import { errorResponses } from '../../http/errors.ts';
import type { MunicipalityService } from './service.ts';

const PublicMunicipality = Type.Object(
  {
    kommunenummer: Type.String({ pattern: KOMMUNENUMMER_PATTERN, examples: ['3301'] }),
    name: Type.String(),
    defaultLanguage: Type.Union([Type.Literal('nb'), Type.Literal('nn')]),
    contactEmail: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'Municipality' },
);

const KommunenummerParams = Type.Object({
  kommunenummer: Type.String({ pattern: KOMMUNENUMMER_PATTERN, description: 'Four-digit kommunenummer' }),
});

export interface MunicipalityRouteOptions {
  municipalities: MunicipalityService;
}

export const municipalityRoutes: FastifyPluginAsyncTypebox<MunicipalityRouteOptions> = async (
  app,
  { municipalities },
) => {
  const toPublic = (m: Awaited<ReturnType<MunicipalityService['getMunicipality']>>) => ({
    kommunenummer: m.kommunenummer,
    name: m.name,
    defaultLanguage: m.settings.defaultLanguage,
    contactEmail: m.settings.contactEmail,
  });

  app.get(
    '/municipalities',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['municipalities'],
        summary: 'Municipalities served by this installation',
        response: { 200: Type.Object({ items: Type.Array(Type.Ref('Municipality')) }), ...errorResponses() },
      },
    },
    async () => ({ items: (await municipalities.listMunicipalities()).map(toPublic) }),
  );

  app.get(
    '/municipalities/:kommunenummer',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['municipalities'],
        summary: 'One municipality',
        params: KommunenummerParams,
        response: { 200: Type.Ref('Municipality'), ...errorResponses(404) },
      },
    },
    async (request) => toPublic(await municipalities.getMunicipality(request.params.kommunenummer)),
  );
};

export const municipalitySchemas = [PublicMunicipality];
