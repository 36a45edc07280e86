import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file whether it runs from src/ (tests) or dist/ (build). */
function findRepoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'prisma.config.ts'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the repository root (prisma.config.ts)');
    dir = parent;
  }
  return dir;
}

export const REPO_ROOT = findRepoRoot();

export function repoPath(...parts: string[]): string {
  return join(REPO_ROOT, ...parts);
}
