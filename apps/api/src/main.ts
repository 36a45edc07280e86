import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import type { Server } from 'node:http';
import { InvalidConfigError, parseEnv } from './config/env.js';
import { applyMigrations, prepareDatabase } from './database/database.js';

/** After readiness goes down, how long this instance keeps serving as usual (a load balancer notices). */
const DRAIN_MS = 1_000;
/** Once it stops listening, how long a kept-alive connection has to send its last request. */
const LAST_REQUEST_MS = 1_000;
/** How long in-flight requests get to finish after that. */
const IN_FLIGHT_MS = 10_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  // From the process's start: module loading counts.
  const started = Date.now() - Math.round(process.uptime() * 1000);
  const logger = new Logger('Extranet');
  const env = parseEnv(process.env);
  const since = (from: number) => `${((Date.now() - from) / 1000).toFixed(1)} s`;
  // Loading the application's modules takes seconds: it overlaps the database's start.
  const modules = Promise.all([import('./app.factory.js'), import('./health/readiness.js')]);
  modules.catch(() => undefined); // awaited below; a failure then stops the start
  let phase = Date.now();
  const database = await prepareDatabase(env);
  logger.log(database.embedded ? `Embedded PostgreSQL started (data under DATA_DIR) in ${since(phase)}.` : 'Using DATABASE_URL.');
  phase = Date.now();
  await applyMigrations(database.url);
  // Demo accounts (with the README's password) only ever go into the embedded database: a real
  // server named by DATABASE_URL is seeded on purpose, with `npm run seed`, or not at all.
  const demo = database.embedded ? await import('../../../prisma/seed/seed.js') : undefined;
  const seeded = demo ? await demo.seedIfEmpty(database.url) : false;
  logger.log(`Migrations${database.embedded ? ' and demo data' : ''} checked in ${since(phase)}.`);
  phase = Date.now();
  const [{ createApp }, { Readiness }] = await modules;
  const app = await createApp({ ...env, DATABASE_URL: database.url });
  logger.log(`Application created in ${since(phase)} (modules loaded meanwhile).`);
  const server = app.getHttpServer() as Server;
  let closing = false;
  // Once the server no longer listens, every answer closes its connection: a keep-alive client
  // learns it from the answer itself, instead of finding its connection cut under a new request.
  server.prependListener('request', (_request, response) => {
    if (closing) response.setHeader('Connection', 'close');
  });
  await app.listen(env.PORT, env.HOST);

  // SIGTERM/SIGINT, in this order: readiness answers 503 while requests are still served; the
  // server stops listening (new connections refused) and each kept-alive connection gets its last
  // answer with `Connection: close`; connections still idle after that are closed; in-flight
  // requests finish; then app.close() stops the scheduled jobs and the mail worker (its sends
  // finish) and closes the pool; last, the embedded database stops. Exit code 0.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const begun = Date.now();
    logger.log(`${signal}: arrêt en cours.`);
    app.get(Readiness).goingDown();
    await pause(DRAIN_MS);
    // server.close() would also close idle keep-alive connections at once, racing a client that is
    // just sending its next request on one: leave them their last request first.
    const closeIdle = server.closeIdleConnections.bind(server);
    server.closeIdleConnections = () => undefined;
    closing = true;
    const closed = new Promise((resolve) => server.close(resolve));
    await pause(LAST_REQUEST_MS);
    closeIdle();
    const forced = setTimeout(() => server.closeAllConnections(), IN_FLIGHT_MS);
    await closed;
    clearTimeout(forced);
    await app.close();
    await database.stop();
    logger.log(`Arrêté en ${((Date.now() - begun) / 1000).toFixed(1)} s.`);
    process.exit(0);
  };
  const onSignal = (signal: string) => {
    stop(signal).catch((error: unknown) => {
      process.stderr.write(`Shutdown failed: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  const lines = [
    '',
    `  Extranet partenaires prêt en ${((Date.now() - started) / 1000).toFixed(1)} s : ${env.PUBLIC_URL}`,
    `  API GraphQL : ${env.PUBLIC_URL}/graphql    Santé : ${env.PUBLIC_URL}/health/ready`,
    ...(seeded ? ['  Données de démonstration créées.'] : []),
    ...(demo
      ? [
          '  Comptes de démonstration (mot de passe commun) :',
          ...demo.DEMO_LOGINS.accounts.map((a) => `    ${a.role.padEnd(28)} ${a.email}`),
          `    mot de passe : ${demo.DEMO_LOGINS.password}`,
        ]
      : []),
    env.SMTP_URL ? '  Courriels envoyés par SMTP.' : '  Aucun SMTP_URL : les courriels restent dans la page « Courriels envoyés ».',
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  if (error instanceof InvalidConfigError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`Startup failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
