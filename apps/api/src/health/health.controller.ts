import { Controller, Get, HttpCode, Res, type BeforeApplicationShutdown } from '@nestjs/common';
import type { Response } from 'express';
import { readdirSync } from 'node:fs';
import { Public } from '../common/auth/decorators.js';
import { repoPath } from '../config/paths.js';
import { HealthRepository } from './health.repository.js';
import { Readiness } from './readiness.js';

@Controller('health')
export class HealthController implements BeforeApplicationShutdown {
  private readonly expectedMigrations = readdirSync(repoPath('prisma/migrations'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

  constructor(
    private readonly health: HealthRepository,
    private readonly readiness: Readiness,
  ) {}

  beforeApplicationShutdown(): void {
    this.readiness.goingDown(); // readiness goes down first, so load balancers stop sending traffic
  }

  @Public()
  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  @Public()
  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response) {
    const problems: string[] = [];
    if (!this.readiness.ready) problems.push('shutting down');
    try {
      const applied = new Set(await this.health.appliedMigrations());
      const missing = this.expectedMigrations.filter((name) => !applied.has(name));
      if (missing.length) problems.push(`migrations not applied: ${missing.join(', ')}`);
    } catch {
      problems.push('database unreachable');
    }
    res.status(problems.length ? 503 : 200);
    return problems.length ? { status: 'unavailable', problems } : { status: 'ok' };
  }
}
