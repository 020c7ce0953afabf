// `npm start` runs this first: it compiles src/ to dist/ only when the sources changed since the
// last build, so an unchanged tree starts at once. Plain JavaScript, so it needs no compiler to run.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';

/** What the compiled output depends on: the TypeScript under src/ and the compiler settings. */
const CONFIG_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
export const STAMP_FILE = join('dist', '.build-stamp');

/** A hash of every input's path and content (content, not mtime: a checkout rewrites mtimes). */
export function sourceFingerprint(root) {
  const files = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mts|cts)$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .concat(CONFIG_FILES.filter((file) => existsSync(join(root, file))))
    .sort();
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0');
  return hash.digest('hex');
}

/** True when dist/ holds a build of exactly the current sources. */
export function isBuildCurrent(root) {
  const stamp = join(root, STAMP_FILE);
  if (!existsSync(stamp) || !existsSync(join(root, 'dist', 'src', 'main.js'))) return false;
  return readFileSync(stamp, 'utf8').trim() === sourceFingerprint(root);
}

export function writeStamp(root) {
  writeFileSync(join(root, STAMP_FILE), `${sourceFingerprint(root)}\n`);
}

/** Compiles when needed; answers whether it did. `compile` is the compiler run (tests replace it). */
export function buildIfChanged(root, compile) {
  if (isBuildCurrent(root)) return false;
  const before = sourceFingerprint(root);
  compile();
  // Stamp what was compiled; an edit during the compile leaves the stamp stale, so the next start compiles again.
  writeFileSync(join(root, STAMP_FILE), `${before}\n`);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const force = process.argv.includes('--force');
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const compile = () => {
    process.stdout.write('Compiling TypeScript (src/ changed since the last build) …\n');
    execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  };
  if (force) {
    compile();
    writeStamp(root);
  } else {
    buildIfChanged(root, compile);
  }
}
