import fc from 'fast-check';

/** fast-check arbitraries driven by the committed OpenAPI document (JSON schema as zod emits it). */

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  $ref?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
}

export const MUTATING_METHODS = ['post', 'put', 'patch', 'delete'] as const;
export type MutatingMethod = (typeof MUTATING_METHODS)[number];

export interface OpenApiDoc {
  paths: Record<
    string,
    Partial<Record<MutatingMethod, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>
  >;
  components?: { schemas?: Record<string, JsonSchema> };
}

export interface Operation {
  method: MutatingMethod;
  /** OpenAPI style, e.g. /api/v1/rounds/{roundId}/members/{memberId}. */
  path: string;
  body: JsonSchema | undefined;
}

/** Every POST/PUT/PATCH/DELETE of the document, with its JSON request body schema. */
export function mutatingOperations(doc: OpenApiDoc): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    MUTATING_METHODS.flatMap((method) => {
      const op = ops[method];
      return op ? [{ method, path, body: op.requestBody?.content?.['application/json']?.schema }] : [];
    }),
  );
}

/** Printable ASCII: what may go into a header value. */
export const printable = (maxLength: number) => fc.stringMatching(new RegExp(`^[\\x20-\\x7e]{0,${maxLength}}$`));

/** Long strings around and beyond the field limits and the 1 MiB body limit. */
export const HUGE = ['x'.repeat(5_000), 'æ'.repeat(60_000), '🙂'.repeat(120_000), 'y'.repeat(1_100_000)];

const ODD_STRINGS = [
  '',
  ' ',
  '  \t\n ',
  'null',
  '\u0000',
  '\ud800',
  'a\udfffb',
  '\u202e\u200b\ufeff',
  'e\u0301',
  '<script>alert(1)</script>',
  "'; DROP TABLE ratings; --",
  '=SUM(A1)',
  '010190-1234',
  'borger@example.dk',
  '+45 12 34 56 78',
  '%s%n',
  '../../etc/passwd',
];

export const oddString = fc.oneof(
  fc.constantFrom(...ODD_STRINGS),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

/** Any value a schema may or may not accept. */
export const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, '', 0, -1, 1.5, true, [], {}, 1e308, Number.MAX_SAFE_INTEGER + 2),
  oddString,
  fc.constantFrom(...HUGE),
);

export interface SchemaContext {
  doc: OpenApiDoc;
  /** Known ids for a field name (itemIds, focusPointId, id, …); empty when the field is not an id. */
  ids: (key: string) => string[];
  /** nominal: values the schema accepts, ids from the fixtures; chaos: odd values mixed in. */
  mode: 'nominal' | 'chaos';
}

function resolve(schema: JsonSchema, doc: OpenApiDoc): JsonSchema {
  if (!schema.$ref) return schema;
  const found = doc.components?.schemas?.[schema.$ref.replace('#/components/schemas/', '')];
  if (!found) throw new Error(`unresolved ${schema.$ref}`);
  return resolve(found, doc);
}

function stringFor(schema: JsonSchema, ctx: SchemaContext, key: string): fc.Arbitrary<string> {
  const chaos = ctx.mode === 'chaos';
  let text: fc.Arbitrary<string>;
  if (schema.pattern) {
    text = fc.stringMatching(new RegExp(schema.pattern));
  } else {
    const min = Math.max(schema.minLength ?? 0, 1);
    const max = Math.max(min, Math.min(schema.maxLength ?? 40, 40));
    text = fc.string({ unit: 'grapheme', minLength: min, maxLength: max }).filter((s) => s.trim().length >= min);
  }
  if (chaos) {
    const limit = schema.maxLength;
    const edges = limit ? ['x'.repeat(limit), `${'x'.repeat(limit)}!`] : ['x'.repeat(3000)];
    text = fc.oneof(
      { weight: 4, arbitrary: text },
      { weight: 2, arbitrary: oddString },
      { weight: 1, arbitrary: fc.constantFrom(...edges) },
    );
  }
  const pool = ctx.ids(key);
  if (pool.length === 0) return text;
  return chaos
    ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: text })
    : fc.constantFrom(...pool);
}

function integerFor(schema: JsonSchema, ctx: SchemaContext): fc.Arbitrary<number> {
  const lo = schema.minimum ?? -5;
  const usual = fc.integer({ min: lo, max: lo + 8 });
  if (ctx.mode === 'nominal') return usual;
  const edges = fc.constantFrom(lo, lo - 1, 0, 2 ** 31, schema.maximum ?? Number.MAX_SAFE_INTEGER);
  return fc.oneof({ weight: 4, arbitrary: usual }, { weight: 1, arbitrary: edges });
}

/** Values for a schema; in chaos mode some of them are refused by it. */
export function fromSchema(raw: JsonSchema, ctx: SchemaContext, key = '', depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(raw, ctx.doc);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return fc.oneof(...variants.map((v) => fromSchema(v, ctx, key, depth)));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1) return fc.oneof(...types.map((type) => fromSchema({ ...schema, type }, ctx, key, depth)));
  switch (types[0]) {
    case 'string':
      return stringFor(schema, ctx, key);
    case 'integer':
      return integerFor(schema, ctx);
    case 'number':
      return fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = Math.min(schema.minItems ?? 0, 3);
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 3, 3));
      const items = schema.items && depth < 5 ? fromSchema(schema.items, ctx, key, depth + 1) : weirdValue;
      return fc.array(items, { minLength, maxLength });
    }
    case 'object': {
      if (!schema.properties || depth >= 5) return fc.constant({});
      const model = Object.fromEntries(
        Object.entries(schema.properties).map(([name, prop]) => [name, fromSchema(prop, ctx, name, depth + 1)]),
      );
      return fc.record(model, { requiredKeys: (schema.required ?? []).filter((name) => name in model) });
    }
    default:
      return weirdValue;
  }
}

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  }
  return out;
}

/** Replaces, deletes or adds a sibling next to the value at `path`, on a copy. */
function mutateAt(value: unknown, path: Path, kind: 'replace' | 'delete' | 'extra', replacement: unknown): unknown {
  if (path.length === 0) {
    return kind === 'extra' && value && typeof value === 'object' ? { ...value, extra: replacement } : replacement;
  }
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else if (kind === 'extra' && !Array.isArray(parent)) parent[`${String(last)}_extra`] = replacement;
  else parent[last] = replacement;
  return copy;
}

/** A valid value with one spot broken: a field of the wrong type, a missing or an extra one. */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return valid.chain((value) =>
    fc
      .record({
        path: fc.constantFrom(...pathsOf(value)),
        kind: fc.constantFrom('replace' as const, 'delete' as const, 'extra' as const),
        replacement: weirdValue,
      })
      .map(({ path, kind, replacement }) => mutateAt(value, path, kind, replacement)),
  );
}

/** Bodies that are not what the content type promises, or are hostile JSON. */
export const RAW_BODIES = [
  '',
  '{',
  'null',
  '"just a string"',
  '[]',
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"admin":true}}}',
  '\ufeff{}',
  `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
  `{"title":"${'\\u0000'.repeat(100)}"}`,
  'title=x&purpose=y',
];
