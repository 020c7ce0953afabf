import { writeFileSync } from 'node:fs';
import { buildApp } from '../src/app.js';
import { generateClientTypes } from '../src/client/generate.js';
import { testConfig } from '../src/config.js';
import { openApiDocument } from '../src/http/openapi.js';

const { app } = await buildApp({ config: testConfig({ adminToken: 'openapi-generation-token' }) });
const document = openApiDocument(app);
await app.close();
const specPath = new URL('../openapi/openapi.json', import.meta.url);
writeFileSync(specPath, document);
const clientPath = new URL('../src/client/schema.d.ts', import.meta.url);
writeFileSync(clientPath, await generateClientTypes(document));
process.stdout.write(`wrote ${specPath.pathname}\nwrote ${clientPath.pathname}\n`);
