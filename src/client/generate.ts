import openapiTS, { astToString } from 'openapi-typescript';

const HEADER =
  '// Generated from openapi/openapi.json by `npm run openapi:generate` (openapi-typescript). Do not edit.\n\n';

/** TypeScript types for the typed client, generated from an OpenAPI document's text. */
export async function generateClientTypes(openApiJson: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(openApiJson));
  return HEADER + astToString(ast);
}
