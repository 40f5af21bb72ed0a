import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errorResponses } from '../../http/errors.ts';
import { KommunenummerParams } from '../../http/schemas.ts';
import {
  MAX_QUERY_LENGTH,
  MAX_SUGGESTIONS,
  MIN_QUERY_LENGTH,
  type PlacesService,
  unavailableReason,
} from './service.ts';

const AddressSuggestion = Type.Object(
  {
    label: Type.String({ examples: ['Storgata 12B, 3015 Drammen'] }),
    street: Type.String({ examples: ['Storgata 12B'] }),
    postalCode: Type.String({ pattern: '^[0-9]{4}$', examples: ['3015'] }),
    postalPlace: Type.String({ examples: ['Drammen'] }),
    latitude: Type.Number({ minimum: -90, maximum: 90 }),
    longitude: Type.Number({ minimum: -180, maximum: 180 }),
  },
  { $id: 'AddressSuggestion', title: 'Address suggestion' },
);

const AddressSuggestions = Type.Object(
  { items: Type.Array(Type.Ref('AddressSuggestion'), { maxItems: MAX_SUGGESTIONS }) },
  { $id: 'AddressSuggestions' },
);

const AddressQuery = Type.Object({
  q: Type.String({
    minLength: MIN_QUERY_LENGTH,
    maxLength: MAX_QUERY_LENGTH,
    description: 'What the person has typed so far: street and number, postal code or place',
  }),
});

export const placesSchemas = [AddressSuggestion, AddressSuggestions];

export const placesRoutes: FastifyPluginAsyncTypebox<{ places: PlacesService }> = async (app, { places }) => {
  app.get(
    '/municipalities/:kommunenummer/addresses',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['catalogue'],
        summary: "Addresses in the municipality matching typed text (the national address register), for 'near'",
        description:
          `Up to ${MAX_SUGGESTIONS} suggestions with coordinates. 503 SERVICE_UNAVAILABLE when the address ` +
          'register does not answer or none is configured. The text is neither stored nor logged.',
        params: KommunenummerParams,
        querystring: AddressQuery,
        response: { 200: Type.Ref('AddressSuggestions'), ...errorResponses(404, 503) },
      },
    },
    async (request, reply) => {
      // What a person types here can be their home address: keep it out of shared caches.
      reply.header('cache-control', 'no-store');
      try {
        return { items: await places.searchAddresses(request.params.kommunenummer, request.query.q) };
      } catch (error) {
        const reason = unavailableReason(error);
        if (reason) request.log.warn({ addressSearch: reason }, 'address search unavailable');
        throw error;
      }
    },
  );
};
