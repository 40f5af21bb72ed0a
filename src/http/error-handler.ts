import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode, type FieldError } from '../errors.ts';
import { translator } from './i18n.ts';

interface AjvIssue {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

const PART_NAMES: Record<string, string> = {
  body: 'body',
  querystring: 'query',
  params: 'path',
  headers: 'header',
};

/** Turns the validator's issues into field errors with message keys and parameters. */
export function fieldErrorsFromValidation(issues: readonly AjvIssue[], context: string | undefined): FieldError[] {
  const part = PART_NAMES[context ?? 'body'] ?? 'body';
  const seen = new Set<string>();
  const fields: FieldError[] = [];
  for (const issue of issues) {
    let path = issue.instancePath.replace(/^\//, '');
    const params: Record<string, string | number> = {};
    let rule = issue.keyword;
    switch (issue.keyword) {
      case 'required':
        path = [path, String(issue.params.missingProperty ?? '')].filter(Boolean).join('/');
        break;
      case 'additionalProperties':
        path = [path, String(issue.params.additionalProperty ?? '')].filter(Boolean).join('/');
        break;
      case 'minLength':
      case 'maxLength':
      case 'minItems':
      case 'maxItems':
      case 'minimum':
      case 'maximum':
        params.limit = Number(issue.params.limit);
        break;
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        rule = 'invalid';
        break;
      case 'enum':
        params.allowed = Array.isArray(issue.params.allowedValues) ? issue.params.allowedValues.join(', ') : '';
        break;
      case 'anyOf':
      case 'oneOf':
      case 'const':
        rule = 'invalid';
        break;
      case 'type':
      case 'pattern':
      case 'format':
        break;
      default:
        rule = 'invalid';
    }
    const field = path ? `${part}/${path}` : part;
    const key = `${field}:${rule}`;
    if (seen.has(key)) continue;
    seen.add(key);
    fields.push({ field, rule, params });
  }
  return fields;
}

function codeForClientError(error: FastifyError): ErrorCode {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'MALFORMED_REQUEST';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'PAYLOAD_TOO_LARGE';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE':
      return 'UNSUPPORTED_MEDIA_TYPE';
  }
  if (error instanceof SyntaxError) return 'MALFORMED_REQUEST';
  switch (error.statusCode) {
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 405:
      return 'METHOD_NOT_ALLOWED';
    case 409:
      return 'CONFLICT';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 429:
      return 'RATE_LIMITED';
    default:
      return 'BAD_REQUEST';
  }
}

export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  status: number,
  params: Record<string, string | number> = {},
  fields: FieldError[] = [],
): FastifyReply {
  const t = translator(request.language);
  const body = {
    error: {
      code,
      message: t(`error.${code}`, params),
      ...(fields.length > 0
        ? { details: fields.map((f) => ({ field: f.field, message: t(`field.${f.rule}`, f.params ?? {}) })) }
        : {}),
      requestId: request.id,
    },
  };
  return reply.status(status).type('application/json; charset=utf-8').send(body);
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return sendError(request, reply, error.code, error.status, error.params, error.fields);
    }
    if (error.validation) {
      const fields = fieldErrorsFromValidation(error.validation as AjvIssue[], error.validationContext);
      return sendError(request, reply, 'VALIDATION_FAILED', 400, {}, fields);
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      request.log.info({ err: { code: error.code, message: error.message } }, 'client error');
      return sendError(request, reply, codeForClientError(error), status);
    }
    request.log.error({ err: error }, 'unhandled error');
    if (status === 503) return sendError(request, reply, 'SERVICE_UNAVAILABLE', 503);
    return sendError(request, reply, 'INTERNAL', 500);
  });
}
