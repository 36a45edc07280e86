import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { DomainError } from '@extranet/domain';
import type { Response } from 'express';
import { currentRequestId } from '../request-context.js';
import { toRestError } from './error-table.js';

/**
 * The one exception filter. Domain errors are expected answers (wrong password, not found…), not
 * crashes: GraphQL gets them as they are, for the error table to format, and Nest does not log
 * them; any other error in GraphQL goes on to Nest's handler and Apollo's formatError as before.
 * On REST routes — and for what fails before a route runs: unknown path (404), malformed or
 * oversize JSON (400/413) — every error answers JSON through the error table.
 */
@Catch()
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): DomainError | void {
    if (host.getType<string>() !== 'http') return error instanceof DomainError ? error : undefined;
    const res = host.switchToHttp().getResponse<Response>();
    // body-parser calls back outside the request's async context; the header was set on the way in.
    const requestId = currentRequestId() ?? (res.getHeader('x-request-id') as string | undefined);
    const { status, body } = toRestError(error, requestId);
    if (res.headersSent) {
      res.destroy(); // mid-stream: the client must see a broken answer, not a truncated one
      return;
    }
    res.status(status).json(body);
  }
}
