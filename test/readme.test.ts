import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from './helpers/server-process.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'auditpanel-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The ```bash blocks of one README section, in order. */
function bashBlocks(heading: string): string[] {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf(`\n## ${heading}`);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/```bash\n([\s\S]*?)```/g)].map((m) => m[1] as string);
}

describe('the README walkthrough', () => {
  it('runs as written against a real server, from creating the round to the published report', async () => {
    const [startBlock, ...blocks] = bashBlocks('Walkthrough');
    const token = /AUDIT_ADMIN_TOKEN=(\S+) npm start/.exec(startBlock ?? '')?.[1];
    expect(token).toBeTruthy();
    const server = await startServer({ DATABASE_PATH: join(dir, 'readme.sqlite'), AUDIT_ADMIN_TOKEN: token as string });
    try {
      const script = ['set -eo pipefail', ...blocks]
        .join('\n')
        .replace('API=http://127.0.0.1:3000/api/v1', `API=${server.url}/api/v1`);
      expect(script).toContain(`API=${server.url}/api/v1`);
      const { stdout } = await run('bash', ['-c', script], { cwd: dir, timeout: 60_000 });
      expect(stdout).toContain('["Formål og mål for indsats","Borgerinddragelse","Samlet vurdering"]');
      expect(stdout).toContain('"kind":"phone"');
      expect(stdout).toMatch(/"expected":18,"received":18/);
      expect(stdout.trim().split('\n').slice(-9)).toEqual([
        'Formulering af indsatsmål og succeskriterier',
        'follow_up',
        'reported',
        expect.stringMatching(/^\d+$/),
        'Aktivitet 1',
        '{"chosen":[1],"notChosen":[]}',
        '["planned","done"]',
        Array(9).fill('not_comparable').join(),
        '[[1,[1,2],["not_comparable","not_comparable"]]]',
      ]);
      // The downloads are curl -s -o: a wrong path or a refusal would only show in the files.
      for (const file of ['udkast.pdf', 'afrapportering.pdf', 'udviklingsplan.pdf']) {
        expect(readFileSync(join(dir, file)).subarray(0, 5).toString(), file).toBe('%PDF-');
      }
      const csv = readFileSync(join(dir, 'ratings.csv'), 'utf8');
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(csv.trim().split('\r\n')).toHaveLength(1 + 18); // header + every rating of the walkthrough
      const plan = readFileSync(join(dir, 'udviklingsplan.csv'), 'utf8');
      expect(plan.startsWith('\uFEFF')).toBe(true);
      expect(plan.trim().split('\r\n')).toHaveLength(1 + 1); // header + the one step
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });
});
