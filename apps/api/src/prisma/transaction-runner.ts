import { Injectable } from '@nestjs/common';
import { PrismaService } from './prisma.service.js';

/**
 * What a service needs of the database: one transaction around a read-check-write, work that
 * must survive a rollback (the audit of a refusal), and work to do after commit (ask for an
 * e-mail's delivery). Queries themselves belong to repositories.
 */
@Injectable()
export class TransactionRunner {
  constructor(private readonly db: PrismaService) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  outside<T>(work: () => Promise<T>): Promise<T> {
    return this.db.outside(work);
  }

  afterCommit(callback: () => void): void {
    this.db.afterCommit(callback);
  }
}
