import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { generateClientTypes } from '../../src/client/generate.js';
import { CaseInputSchema, CaseSchema } from '../../src/contract/case.js';
import {
  FocusPointInputSchema,
  FocusPointSchema,
  RecommendationInputSchema,
  RecommendationSchema,
} from '../../src/contract/focus.js';
import { FormInputSchema, FormSchema } from '../../src/contract/form.js';
import { MemberInputSchema, MemberSchema } from '../../src/contract/member.js';
import { RatingInputSchema, RatingSchema } from '../../src/contract/rating.js';
import { ResultsSchema } from '../../src/contract/results.js';
import { RoundInputSchema, RoundSchema } from '../../src/contract/round.js';
import { openApiDocument } from '../../src/http/openapi.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const committed = () => readFileSync(new URL('../../openapi/openapi.json', import.meta.url), 'utf8');

type Operation = { operationId?: string; summary?: string; tags?: string[]; responses: Record<string, unknown> };

describe('the OpenAPI document', () => {
  it('is committed exactly as the app serves it (run `npm run openapi:generate` after changing routes)', async () => {
    const res = await t.http.get('/openapi.json').expect(200);
    expect(openApiDocument(t.app)).toBe(committed());
    expect(res.body).toEqual(JSON.parse(committed()));
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    const spec = JSON.parse(committed());
    expect(spec.openapi).toBe('3.1.0');
    const result = await validate(spec);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it('gives every operation a summary, operationId, tags and problem responses', () => {
    const spec = JSON.parse(committed()) as { paths: Record<string, Record<string, Operation>> };
    const ids = new Set<string>();
    for (const [path, operations] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(operations)) {
        const where = `${method.toUpperCase()} ${path}`;
        expect(op.summary, where).toBeTruthy();
        expect(op.tags?.length, where).toBeGreaterThan(0);
        expect(op.operationId, where).toBeTruthy();
        expect(ids.has(op.operationId as string), `${where} operationId is unique`).toBe(false);
        ids.add(op.operationId as string);
        if (path.startsWith('/api/')) {
          expect(Object.keys(op.responses), where).toEqual(expect.arrayContaining(['400', '401', '500']));
        }
      }
    }
  });

  it('has a committed typed client generated from exactly this document', async () => {
    const committedClient = readFileSync(new URL('../../src/client/schema.d.ts', import.meta.url), 'utf8');
    expect(await generateClientTypes(committed())).toBe(committedClient);
  });

  it('serves interactive docs', async () => {
    const res = await t.http.get('/docs/').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
  });
});

type Spec = {
  paths: Record<string, Record<string, Operation & { description?: string }>>;
  components: { schemas: Record<string, { examples?: unknown[] }> };
};

describe('the OpenAPI document stands alone', () => {
  const spec = () => JSON.parse(committed()) as Spec;

  it('describes every operation and every success answer', () => {
    const missing: string[] = [];
    for (const [path, operations] of Object.entries(spec().paths)) {
      for (const [method, op] of Object.entries(operations)) {
        const where = `${method.toUpperCase()} ${path}`;
        if (!op.description?.trim()) missing.push(`${where}: no description`);
        for (const [status, answer] of Object.entries(op.responses as Record<string, { description?: string }>)) {
          if (status.startsWith('2') && (!answer.description || answer.description === 'Default Response')) {
            missing.push(`${where} ${status}: ${answer.description ?? 'no description'}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('publishes no component that no operation reaches, and no input twin of a response shape', () => {
    const document = spec();
    const names = Object.keys(document.components.schemas);
    const refs = (value: unknown): string[] =>
      Array.isArray(value)
        ? value.flatMap(refs)
        : value && typeof value === 'object'
          ? Object.entries(value).flatMap(([key, child]) =>
              key === '$ref' && typeof child === 'string' ? [child.replace('#/components/schemas/', '')] : refs(child),
            )
          : [];
    const reached = new Set<string>();
    const queue = refs(document.paths);
    while (queue.length > 0) {
      const name = queue.pop() as string;
      if (reached.has(name)) continue;
      reached.add(name);
      queue.push(...refs(document.components.schemas[name]));
    }
    expect(names.filter((name) => !reached.has(name))).toEqual([]);
    // The request bodies are named for what they are; none is named after a response shape.
    expect(names.filter((name) => name.endsWith('Input'))).toEqual([]);
    expect(names).toEqual(
      expect.arrayContaining(['Round', 'RoundCreate', 'Member', 'MemberCreate', 'Case', 'CaseCreate']),
    );
  });

  it('gives the main request and response schemas examples that their own schemas accept', () => {
    const examples: [string, z.ZodType][] = [
      ['Round', RoundSchema],
      ['RoundCreate', RoundInputSchema],
      ['Member', MemberSchema],
      ['MemberCreate', MemberInputSchema],
      ['Case', CaseSchema],
      ['CaseCreate', CaseInputSchema],
      ['Form', FormSchema],
      ['FormReplace', FormInputSchema],
      ['Rating', RatingSchema],
      ['RatingPut', RatingInputSchema],
      ['Results', ResultsSchema],
      ['FocusPoint', FocusPointSchema],
      ['FocusPointCreate', FocusPointInputSchema],
      ['Recommendation', RecommendationSchema],
      ['RecommendationCreate', RecommendationInputSchema],
    ];
    const { schemas } = spec().components;
    for (const [name, schema] of examples) {
      const published = schemas[name]?.examples;
      expect(published?.length, name).toBeGreaterThan(0);
      for (const example of published ?? []) expect(schema.safeParse(example).error, name).toBeUndefined();
    }
  });

  it('cites no document outside the repository', () => {
    const root = new URL('../../', import.meta.url);
    const files = ['src', 'openapi', 'docs'].flatMap((folder) =>
      readdirSync(new URL(folder, root), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && !/\.(png|jpe?g|pdf|ttf)$/.test(entry.name))
        .map((entry) => join(entry.parentPath, entry.name)),
    );
    expect(files.length).toBeGreaterThan(50);
    const citing = files.filter((file) => /\b(API|DESIGN)\.md\b/.test(readFileSync(file, 'utf8')));
    expect(citing).toEqual([]);
  });
});
