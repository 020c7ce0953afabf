import { readFileSync } from 'node:fs';
import { validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateClientTypes } from '../../src/client/generate.js';
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
