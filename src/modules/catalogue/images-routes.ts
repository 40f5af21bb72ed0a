import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { ALT_TEXT_LENGTH, MAX_ACTIVITY_IMAGES } from '../../domain/activity.ts';
import { AppError } from '../../errors.ts';
import { errorResponses } from '../../http/errors.ts';
import { unsafeInput } from '../../http/input-guard.ts';
import { KommunenummerParams, OrNull } from '../../http/schemas.ts';
import { MAX_UPLOAD_BYTES } from '../../integrations/images/process.ts';
import { ActivityParams, ProviderParams } from './activities-routes.ts';
import type { ImageService } from './images-service.ts';

const UploadedImage = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    width: Type.Integer({ description: 'Width of the large copy in pixels' }),
    height: Type.Integer({ description: 'Height of the large copy in pixels' }),
  },
  { $id: 'UploadedImage' },
);

const ActivityImagesBody = Type.Array(
  Type.Object(
    {
      imageId: Type.String({ format: 'uuid' }),
      altText: Type.String({
        minLength: 1,
        maxLength: ALT_TEXT_LENGTH,
        description: 'What the picture shows, read aloud by screen readers',
      }),
    },
    { additionalProperties: false },
  ),
  { maxItems: MAX_ACTIVITY_IMAGES, description: 'The pictures in the order shown; the first is the main picture' },
);

const ServeParams = Type.Object({
  ...KommunenummerParams.properties,
  imageId: Type.String(),
  size: Type.String({ description: 'small (fits 480×480) or large (fits 1200×1200)' }),
});

export const imageSchemas = [UploadedImage];

export interface ImageRouteOptions {
  images: ImageService;
}

/** Parts allowed besides the one file (a form may send a field or two along). */
const MAX_FIELDS = 5;

/** What went wrong while reading an uploaded form, as the API's error (the form is the client's bytes). */
function uploadError(app: FastifyInstance, error: unknown): unknown {
  const { multipartErrors } = app;
  if (
    error instanceof multipartErrors.RequestFileTooLargeError ||
    error instanceof multipartErrors.FilesLimitError ||
    error instanceof multipartErrors.PartsLimitError ||
    error instanceof multipartErrors.FieldsLimitError
  ) {
    return new AppError('PAYLOAD_TOO_LARGE');
  }
  if (!(error instanceof Error)) return error;
  // The body ended before the form did: a connection cut off, or a client that sent part of the file.
  if (
    error instanceof multipartErrors.PrematureCloseError ||
    /unexpected end of (multipart data|form)|terminated early/i.test(error.message)
  ) {
    return new AppError('UPLOAD_INCOMPLETE');
  }
  // The parser's other complaints (a malformed part header, a field name it refuses) are the client's too.
  const status = (error as { statusCode?: unknown }).statusCode;
  if (status === undefined || (typeof status === 'number' && status >= 400 && status < 500)) {
    return new AppError('BAD_REQUEST');
  }
  return error;
}

/**
 * Pictures: upload (multipart, one file), the ordered pictures of an activity, the provider's logo and
 * public serving of the stored sizes.
 */
export const imageRoutes: FastifyPluginAsyncTypebox<ImageRouteOptions> = async (app, { images }) => {
  await app.register(multipart, {
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: MAX_FIELDS, parts: MAX_FIELDS + 1 },
    throwFileSizeLimit: true,
  });

  app.post(
    '/municipalities/:kommunenummer/providers/:providerId/images',
    {
      config: { permission: 'provider.manage' },
      schema: {
        tags: ['activities'],
        summary: 'Upload a picture (multipart/form-data, one JPEG, PNG or WebP file, at most 10 MB)',
        description:
          'The picture is turned upright by its EXIF orientation, all metadata is removed, and only WebP copies ' +
          'that fit 1200×1200 (large) and 480×480 (small) are kept.',
        consumes: ['multipart/form-data'],
        params: ProviderParams,
        response: { 201: Type.Ref('UploadedImage'), ...errorResponses(401, 403, 404, 413, 415) },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
      let upload: Buffer | undefined;
      // The whole form is read, so a text field sent along is checked like any other input.
      const fields: Record<string, string> = {};
      try {
        for await (const part of request.parts()) {
          if (part.type === 'file') upload = await part.toBuffer();
          else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
        }
      } catch (error) {
        throw uploadError(app, error);
      }
      const unsafe = unsafeInput({ body: fields });
      if (unsafe.length > 0) throw new AppError('VALIDATION_FAILED', {}, unsafe);
      if (!upload || upload.length === 0) {
        throw new AppError('VALIDATION_FAILED', {}, [{ field: 'body/file', rule: 'required' }]);
      }
      const image = await images.upload(request.actor, request.params.providerId, upload);
      return reply.status(201).send(image);
    },
  );

  app.put(
    '/municipalities/:kommunenummer/providers/:providerId/activities/:activityId/images',
    {
      config: { permission: 'provider.manage' },
      schema: {
        tags: ['activities'],
        summary: "Set the activity's pictures, in order, each with its alt text (at most 10, the provider's own)",
        params: ActivityParams,
        body: ActivityImagesBody,
        response: {
          200: Type.Object({ items: Type.Array(Type.Ref('ProviderActivityImage')) }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) => ({
      items: await images.setActivityImages(
        request.actor,
        request.params.providerId,
        request.params.activityId,
        request.body,
      ),
    }),
  );

  app.put(
    '/municipalities/:kommunenummer/providers/:providerId/logo',
    {
      config: { permission: 'provider.manage' },
      schema: {
        tags: ['activities'],
        summary: "Set the provider's logo to one of its uploaded pictures (null removes it)",
        params: ProviderParams,
        body: Type.Object({ imageId: OrNull(Type.String({ format: 'uuid' })) }, { additionalProperties: false }),
        response: {
          200: Type.Object({ logoImageId: Type.Union([Type.String(), Type.Null()]) }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) => images.setLogo(request.actor, request.params.providerId, request.body.imageId),
  );

  app.get(
    '/municipalities/:kommunenummer/images/:imageId/:size',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['activities'],
        summary: 'A picture of an approved provider, as WebP (cached for a year: pictures never change)',
        params: ServeParams,
        response: {
          200: {
            description: 'The picture',
            content: { 'image/webp': { schema: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }) } },
          },
          304: { description: 'Not modified', type: 'null' },
          ...errorResponses(404),
        },
      },
    },
    async (request, reply) => {
      const image = await images.serve(request.tenant?.id ?? -1, request.params.imageId, request.params.size);
      reply.header('cache-control', 'public, max-age=31536000, immutable');
      reply.header('etag', image.etag);
      if (request.headers['if-none-match'] === image.etag) return reply.status(304).send(null);
      return reply.type(image.contentType).send(image.data);
    },
  );
};
