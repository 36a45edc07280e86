// `npm run build:portal`: the Angular production build, then pre-compression (compress-portal.js).
// On these 2-core machines under load, `ng build` (@angular/build 21.2) sometimes writes its whole
// output, prints « Output location », and then never exits (idle, its esbuild service still
// attached). Seen intermittently, not tied to a file. So the build is watched: once the output is
// complete, the process gets 20 s to exit on its own, then is stopped; errors still fail the build.
import { spawn } from 'node:child_process';

const child = spawn('npx', ['ng', 'build', 'portal', ...process.argv.slice(2)], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
let output = '';
let timer;
const watch = (stream, sink) =>
  stream.on('data', (chunk) => {
    sink.write(chunk);
    output += chunk.toString();
    if (!timer && output.includes('Output location')) {
      timer = setTimeout(() => {
        console.warn('build-portal: ng build wrote its output but did not exit within 20 s; stopping it.');
        process.kill(-child.pid, 'SIGTERM');
      }, 20_000);
    }
  });
watch(child.stdout, process.stdout);
watch(child.stderr, process.stderr);

child.on('exit', (code, signal) => {
  clearTimeout(timer);
  const complete = output.includes('Application bundle generation complete') && output.includes('Output location') && !/\[ERROR\]/.test(output);
  if (code === 0 || (signal && complete)) process.exit(0);
  process.exit(code ?? 1);
});
