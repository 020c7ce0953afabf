import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project folder, found from this module whether it runs from `src/` (tsx, tests) or
 * compiled from `dist/src/`; migrations, fixtures and the panel's static files live there.
 */
function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'migrations'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No project folder above ${start}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
export const MIGRATIONS_FOLDER = join(PROJECT_ROOT, 'migrations');
export const PANEL_PUBLIC_FOLDER = join(PROJECT_ROOT, 'src', 'web', 'public');
export const DEMO_ROUND_FILE = join(PROJECT_ROOT, 'fixtures', 'demo-round.json');
export const DEMO_PLAN_FILE = join(PROJECT_ROOT, 'fixtures', 'demo-plan.json');
export const DEMO_GENAUDIT_FILE = join(PROJECT_ROOT, 'fixtures', 'demo-genaudit.json');
