// After `ng build`: writes a brotli (.br) and a gzip (.gz) copy beside every text file of the
// portal, so the server sends them as they are instead of compressing on every request.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { initialFiles } from './portal-initial.js';

const dir = process.argv[2] ?? 'dist/portal/browser';
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/;
let before = 0;
let afterBrotli = 0;

function walk(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (COMPRESSIBLE.test(name)) {
      const body = readFileSync(path);
      const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
      writeFileSync(`${path}.br`, br);
      writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
      before += body.length;
      afterBrotli += br.length;
    }
  }
}

walk(dir);
console.log(`portal compressed: ${(before / 1024).toFixed(0)} KiB → ${(afterBrotli / 1024).toFixed(0)} KiB brotli`);

// The initial download (see portal-initial.js), as the browser receives it. Over the ceiling, the
// build fails: the initial bundle must not grow unnoticed.
const INITIAL_CEILING = 150_000; // bytes of brotli: the target; 135.6 kB on 30 November 2026 (see README)
const brotliSize = (name) => statSync(join(dir, `${name}.br`)).size;
const initial = initialFiles(dir);
const initialBytes = [...initial].reduce((sum, name) => sum + brotliSize(name), 0);
console.log(`portal initial download: ${(initialBytes / 1000).toFixed(1)} kB brotli in ${initial.size} files (ceiling ${INITIAL_CEILING / 1000} kB)`);
if (initialBytes > INITIAL_CEILING) {
  console.error(`portal initial download ${(initialBytes / 1000).toFixed(1)} kB is over the ${INITIAL_CEILING / 1000} kB ceiling: move the new code into a lazy area`);
  process.exit(1);
}
