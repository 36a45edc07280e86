import { Injectable } from '@nestjs/common';
import { currentRequestId } from '../common/request-context.js';
import { AuditRepository, type AuditEntry } from './audit.repository.js';

/** Appends to the audit trail; the request id is added here so callers never forget it. */
@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  record(entry: Omit<AuditEntry, 'requestId'>): Promise<void> {
    return this.audit.append({ ...entry, requestId: currentRequestId() });
  }
}
