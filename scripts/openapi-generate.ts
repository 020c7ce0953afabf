import { writeFileSync } from 'node:fs';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { openApiDocument } from '../src/http/openapi.js';

const { app } = await buildApp({ config: testConfig({ adminToken: 'openapi-generation-token' }) });
const path = new URL('../openapi/openapi.json', import.meta.url);
writeFileSync(path, openApiDocument(app));
await app.close();
process.stdout.write(`wrote ${path.pathname}\n`);
