// Preloaded into a benchmarked server (`node --import ./scripts/bench/count-statements.js …`):
// counts the SQL statements the process sends through pg (Prisma's adapter, the session store,
// pg-boss, the raw server) and tells the count to the parent that asks over IPC.
import pg from 'pg';

let statements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...args) {
  statements += 1;
  return query.apply(this, args);
};
process.on('message', (message) => {
  if (message === 'statements') process.send?.({ statements });
});
