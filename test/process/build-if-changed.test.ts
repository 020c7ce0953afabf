import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildIfChanged, isBuildCurrent, sourceFingerprint } from '../../scripts/build-if-changed.mjs';

// `npm start` compiles only when the sources changed; this checks that decision, not its speed.
let root: string;
let compiles: number;
const compile = () => {
  compiles += 1;
  mkdirSync(join(root, 'dist', 'src'), { recursive: true });
  writeFileSync(join(root, 'dist', 'src', 'main.js'), '// compiled\n');
};
const write = (file: string, text: string) => {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'build-if-changed-'));
  compiles = 0;
  write('src/main.ts', 'export const a = 1;\n');
  write('src/domain/form.ts', 'export const b = 2;\n');
  write('tsconfig.json', '{}\n');
  write('tsconfig.build.json', '{}\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('build-if-changed', () => {
  it('compiles the first time, then not again while nothing changed', () => {
    expect(isBuildCurrent(root)).toBe(false);
    expect(buildIfChanged(root, compile)).toBe(true);
    expect(isBuildCurrent(root)).toBe(true);
    expect(buildIfChanged(root, compile)).toBe(false);
    expect(buildIfChanged(root, compile)).toBe(false);
    expect(compiles).toBe(1);
  });

  it('compiles again after a source file, a new file, a removed file or the compiler settings changed', () => {
    buildIfChanged(root, compile);
    const changes = [
      () => write('src/domain/form.ts', 'export const b = 3;\n'),
      () => write('src/contract/new.ts', 'export const c = 1;\n'),
      () => rmSync(join(root, 'src/contract/new.ts')),
      () => write('tsconfig.json', '{ "compilerOptions": {} }\n'),
    ];
    for (const change of changes) {
      change();
      expect(buildIfChanged(root, compile)).toBe(true);
      expect(buildIfChanged(root, compile)).toBe(false);
    }
    expect(compiles).toBe(1 + changes.length);
  });

  it('ignores a touched file whose content is the same, and files that are not compiled', () => {
    buildIfChanged(root, compile);
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'src/main.ts'), later, later);
    write('src/web/public/app.css', 'body {}\n');
    expect(buildIfChanged(root, compile)).toBe(false);
    expect(compiles).toBe(1);
  });

  it('compiles when the compiled server is missing although the stamp matches', () => {
    buildIfChanged(root, compile);
    rmSync(join(root, 'dist', 'src', 'main.js'));
    expect(buildIfChanged(root, compile)).toBe(true);
  });

  it('fingerprints content and path, not order of discovery', () => {
    const before = sourceFingerprint(root);
    expect(sourceFingerprint(root)).toBe(before);
    rmSync(join(root, 'src/domain/form.ts'));
    write('src/domain/other.ts', 'export const b = 2;\n');
    expect(sourceFingerprint(root)).not.toBe(before);
  });
});
