import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import { PrismaClient, type Prisma } from '../generated/prisma/client.js';
import { forgetRequestMemo, requestMemo } from '../common/request-context.js';
import { translatePrismaError } from './prisma-errors.js';

export type Db = PrismaClient | Prisma.TransactionClient;

interface TransactionStore {
  tx: Prisma.TransactionClient;
  afterCommit: (() => void)[];
}

/** Every query's Prisma error becomes a domain error here, once, whatever repository ran it. */
function withErrorTranslation(client: PrismaClient): PrismaClient {
  const extended = client.$extends({
    query: {
      async $allOperations({ model, args, query }) {
        try {
          return await query(args);
        } catch (error) {
          throw translatePrismaError(error, model);
        }
      },
    },
  });
  // A query extension changes no types: the extended client is used as the plain one.
  return extended as unknown as PrismaClient;
}

/**
 * A burst of writes on one row (20 partners paying at once, each taking the next invoice number)
 * queues for the pool and the row lock: wait for them rather than answer « réessayez ». Prisma's
 * defaults (2 s to get a connection, 5 s in all) failed one payment in 20 on a loaded 2-core
 * machine. A transaction still never holds a connection longer than 20 s.
 */
const TRANSACTION_LIMITS = { maxWait: 10_000, timeout: 20_000 } as const;

/**
 * The Prisma client for repositories (the only code that uses it), plus an ambient transaction:
 * inside `transaction(fn)` every repository call (`db.client`) joins the same transaction, so a
 * change, its audit row and the e-mail it causes commit together. Services use the narrower
 * TransactionRunner.
 */
@Injectable()
export class PrismaService implements OnModuleDestroy {
  private readonly base: PrismaClient;
  private readonly root: PrismaClient;
  private readonly current = new AsyncLocalStorage<TransactionStore | undefined>();

  constructor(pool: pg.Pool) {
    this.base = new PrismaClient({ adapter: new PrismaPg(pool) });
    this.root = withErrorTranslation(this.base);
  }

  get client(): Db {
    return this.current.getStore()?.tx ?? this.root;
  }

  /** One transaction around `work`, joined by every repository call inside it (see the class comment). */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.current.getStore()) return work();
    const afterCommit: (() => void)[] = [];
    let result: T;
    try {
      result = await this.root.$transaction((tx) => this.current.run({ tx, afterCommit }, work), TRANSACTION_LIMITS);
    } catch (error) {
      throw translatePrismaError(error);
    } finally {
      forgetRequestMemo();
    }
    for (const callback of afterCommit) callback();
    return result;
  }

  /**
   * A read shared by the rest of the HTTP request (request-context.ts `requestMemo`): for reads
   * several fields of one request repeat. Inside a transaction it always reads (the transaction
   * must see its own state), and every transaction's end forgets what was shared.
   */
  memo<T>(key: string, load: () => Promise<T>): Promise<T> {
    return this.current.getStore() ? load() : requestMemo(key, load);
  }

  /** Runs `work` outside the ambient transaction: what it writes stays even if that transaction rolls back. */
  outside<T>(work: () => Promise<T>): Promise<T> {
    return this.current.run(undefined, work);
  }

  /** Runs `callback` once the ambient transaction has committed (at once when there is none). */
  afterCommit(callback: () => void): void {
    const store = this.current.getStore();
    if (store) store.afterCommit.push(callback);
    else callback();
  }

  async onModuleDestroy(): Promise<void> {
    await this.base.$disconnect();
  }
}
