import openapiTS, { astToString } from 'openapi-typescript';
import { buildOpenApiDocument } from '../src/http/openapi-document.ts';

export const OPENAPI_JSON = 'openapi/openapi.json';
export const WEB_SCHEMA = 'web/src/api/schema.d.ts';

/** The generated files, by path relative to the project root. */
export async function renderOpenApiFiles(): Promise<Record<string, string>> {
  const document = await buildOpenApiDocument();
  const json = `${JSON.stringify(document, null, 2)}\n`;
  const ast = await openapiTS(JSON.parse(json), { alphabetize: true });
  const types = `/* Generated from openapi/openapi.json by \`npm run openapi\`. Do not edit. */\n${astToString(ast)}`;
  return { [OPENAPI_JSON]: json, [WEB_SCHEMA]: types };
}
