import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { DomainError } from '@extranet/domain';
import type { Response } from 'express';
import { HTTP_STATUS_OF } from './error-table.js';

/**
 * Domain errors are expected answers (wrong password, not found…), not crashes: GraphQL gets them
 * as they are, for the error table to format; a REST route answers the matching status in JSON.
 * Either way Nest does not log them as failures.
 */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): DomainError | void {
    if (host.getType<string>() === 'graphql') return error;
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(HTTP_STATUS_OF[error.code])
      .json({ code: error.code, message: error.message, ...(error.fields.length ? { fields: error.fields } : {}) });
  }
}
