import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import { PrismaClient, type Prisma } from '../generated/prisma/client.js';

export type Db = PrismaClient | Prisma.TransactionClient;

/**
 * The Prisma client, plus an ambient transaction: inside `transaction(fn)` every repository call
 * (`db.client`) joins the same transaction, so a change and the e-mail it causes commit together.
 */
@Injectable()
export class PrismaService implements OnModuleDestroy {
  private readonly root: PrismaClient;
  private readonly current = new AsyncLocalStorage<{ tx: Prisma.TransactionClient; afterCommit: (() => void)[] }>();

  constructor(pool: pg.Pool) {
    this.root = new PrismaClient({ adapter: new PrismaPg(pool) });
  }

  get client(): Db {
    return this.current.getStore()?.tx ?? this.root;
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.current.getStore()) return work();
    const afterCommit: (() => void)[] = [];
    const result = await this.root.$transaction((tx) => this.current.run({ tx, afterCommit }, work));
    for (const callback of afterCommit) callback();
    return result;
  }

  /** Runs `callback` once the ambient transaction has committed (at once when there is none). */
  afterCommit(callback: () => void): void {
    const store = this.current.getStore();
    if (store) store.afterCommit.push(callback);
    else callback();
  }

  async onModuleDestroy(): Promise<void> {
    await this.root.$disconnect();
  }
}
