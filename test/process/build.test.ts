import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/server-process.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'auditpanel-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm start (the compiled server)', () => {
  it('builds, finds its migrations and the panel from dist/, and serves them', async () => {
    const outDir = join(dir, 'dist');
    await run(
      process.execPath,
      [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', outDir],
      {
        cwd: ROOT,
      },
    );
    // A dist folder inside the project, as `npm run build` makes it, must find the project root.
    const inProject = join(ROOT, 'dist-test-build');
    await run('cp', ['-r', outDir, inProject]);
    const child = spawn(process.execPath, [join(inProject, 'src/main.js')], {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? '',
        PORT: String(await freePort()),
        DATABASE_PATH: join(dir, 'db.sqlite'),
        AUDIT_ADMIN_TOKEN: 'build-test-admin-token-0123456789',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(output)), 20_000);
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
          if (match?.[1]) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
      });
      expect(await (await fetch(`${url}/health`)).json()).toEqual({ status: 'ok', database: 'ok' });
      const panel = await fetch(`${url}/panel`);
      expect(panel.status).toBe(200);
      expect(await panel.text()).toContain('<html');
    } finally {
      child.kill('SIGTERM');
      rmSync(inProject, { recursive: true, force: true });
    }
    // A full tsc run took 77 s on a shared 2-core machine under load: room to finish, not a speed check.
  }, 180_000);
});
