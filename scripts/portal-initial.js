// The portal's initial download, as the build defines it: index.html, the stylesheet and `main`
// with every chunk it imports statically (lazy areas and Apollo are dynamic imports and come later).
// Used by compress-portal.js (the build's ceiling) and bench/portal.js (which splits a page's bytes).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** File names (relative to `dir`) of the initial download. */
export function initialFiles(dir) {
  const initial = new Set(['index.html']);
  const pending = readdirSync(dir).filter((name) => /^(main|polyfills)-[A-Z0-9]+\.js$/.test(name) || /^styles-[A-Z0-9]+\.css$/.test(name));
  while (pending.length > 0) {
    const name = pending.pop();
    if (initial.has(name)) continue;
    initial.add(name);
    if (name.endsWith('.js')) {
      for (const [, imported] of readFileSync(join(dir, name), 'utf8').matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w{},*\s$]+from\s*)?["']\.\/([\w-]+\.js)["']/g)) pending.push(imported);
    }
  }
  return initial;
}
