import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { isDeepStrictEqual } from 'node:util';

/** The served OpenAPI document as committed to openapi/openapi.json (stable bytes). */
export function openApiDocument(app: FastifyInstance): string {
  return `${JSON.stringify(app.swagger(), null, 2)}\n`;
}

type Json = unknown;
type OpenApiObject = { components?: { schemas?: Record<string, Json> } } & Record<string, Json>;

const REF_PREFIX = '#/components/schemas/';
const INPUT_SUFFIX = 'Input';

/**
 * fastify-type-provider-zod publishes every schema with an id twice, as `X` (its output) and
 * `XInput` (its input), whether or not a route uses either. This keeps only the components some
 * operation reaches, and names each by what it is: a request body's schema loses the `Input`
 * suffix when no response shape of that name is published, and an input variant identical to its
 * output (an enum, say) is merged into it.
 */
export function transformOpenApiObject(
  document: Parameters<typeof jsonSchemaTransformObject>[0],
): ReturnType<typeof jsonSchemaTransformObject> {
  const openapi = jsonSchemaTransformObject(document) as OpenApiObject;
  const schemas = openapi.components?.schemas;
  if (!schemas) return openapi as ReturnType<typeof jsonSchemaTransformObject>;
  let reached = reachableComponents(openapi, schemas);
  const renames = new Map<string, string>();
  for (const name of reached) {
    if (!name.endsWith(INPUT_SUFFIX)) continue;
    const base = name.slice(0, -INPUT_SUFFIX.length);
    if (!reached.has(base)) renames.set(name, base);
    else if (isDeepStrictEqual(renameRefs(schemas[name], new Map([[name, base]])), schemas[base]))
      renames.set(name, base);
  }
  const renamed = renameRefs(
    { ...openapi, components: { ...openapi.components, schemas: {} } },
    renames,
  ) as OpenApiObject;
  const kept: Record<string, Json> = {};
  reached = new Set([...reached].map((name) => renames.get(name) ?? name));
  for (const name of Object.keys(schemas).sort()) {
    const target = renames.get(name) ?? name;
    if (reached.has(name) && !(target in kept)) kept[target] = renameRefs(schemas[name], renames);
  }
  return { ...renamed, components: { ...renamed.components, schemas: kept } } as ReturnType<
    typeof jsonSchemaTransformObject
  >;
}

/** Components referenced from outside the components, and everything they reference in turn. */
function reachableComponents(openapi: OpenApiObject, schemas: Record<string, Json>): Set<string> {
  const reached = new Set<string>();
  const queue = refsIn({ ...openapi, components: { ...openapi.components, schemas: {} } });
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (reached.has(name) || !(name in schemas)) continue;
    reached.add(name);
    queue.push(...refsIn(schemas[name]));
  }
  return reached;
}

function refsIn(value: Json): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === '$ref' && typeof child === 'string' && child.startsWith(REF_PREFIX)
      ? [child.slice(REF_PREFIX.length)]
      : refsIn(child),
  );
}

function renameRefs(value: Json, renames: ReadonlyMap<string, string>): Json {
  if (renames.size === 0) return value;
  if (Array.isArray(value)) return value.map((entry) => renameRefs(entry, renames));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => {
      if (key === '$ref' && typeof child === 'string' && child.startsWith(REF_PREFIX)) {
        const name = child.slice(REF_PREFIX.length);
        return [key, `${REF_PREFIX}${renames.get(name) ?? name}`];
      }
      return [key, renameRefs(child, renames)];
    }),
  );
}
