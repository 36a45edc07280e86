import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import type { Server } from 'node:http';
import { createApp } from './app.factory.js';
import { InvalidConfigError, parseEnv } from './config/env.js';
import { applyMigrations, prepareDatabase } from './database/database.js';
import { Readiness } from './health/readiness.js';
import { DEMO_LOGINS, seedIfEmpty } from '../../../prisma/seed/seed.js';

/** After readiness goes down, how long this instance keeps serving as usual (a load balancer notices). */
const DRAIN_MS = 1_000;
/** Once it stops listening, how long a kept-alive connection has to send its last request. */
const LAST_REQUEST_MS = 1_000;
/** How long in-flight requests get to finish after that. */
const IN_FLIGHT_MS = 10_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const started = Date.now();
  const logger = new Logger('Extranet');
  const env = parseEnv(process.env);
  const database = await prepareDatabase(env);
  logger.log(database.embedded ? 'Embedded PostgreSQL started (data under DATA_DIR).' : 'Using DATABASE_URL.');
  await applyMigrations(database.url);
  // Demo accounts (with the README's password) only ever go into the embedded database: a real
  // server named by DATABASE_URL is seeded on purpose, with `npm run seed`, or not at all.
  const seeded = database.embedded && (await seedIfEmpty(database.url));
  const app = await createApp({ ...env, DATABASE_URL: database.url });
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
    ...(database.embedded
      ? [
          '  Comptes de démonstration (mot de passe commun) :',
          ...DEMO_LOGINS.accounts.map((a) => `    ${a.role.padEnd(28)} ${a.email}`),
          `    mot de passe : ${DEMO_LOGINS.password}`,
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
