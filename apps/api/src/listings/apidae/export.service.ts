import { Injectable } from '@nestjs/common';
import { toApidae, type ApidaeObject } from '@extranet/domain';
import { AuditService } from '../../audit/audit.service.js';
import { AccessService } from '../../common/auth/access.service.js';
import type { SessionUser } from '../../common/auth/session-user.js';
import { ApidaeRepository } from './apidae.repository.js';

/** Listings read per query: the export of 170,000 listings holds one page in memory, not all. */
export const EXPORT_PAGE_SIZE = 500;

/** Every listing as an Apidae object, at the paths the import reads, for the office to push back to Apidae. */
@Injectable()
export class ApidaeExportService {
  constructor(
    private readonly apidae: ApidaeRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** Decides access before the first byte is sent; the objects then come page by page. */
  async export(user: SessionUser): Promise<AsyncIterable<ApidaeObject>> {
    await this.access.check(user, 'listing.import');
    return this.objects(user);
  }

  private async *objects(user: SessionUser): AsyncIterable<ApidaeObject> {
    let afterId: string | null = null;
    let count = 0;
    for (;;) {
      const page = await this.apidae.exportPage(afterId, EXPORT_PAGE_SIZE);
      for (const row of page) yield toApidae(row);
      count += page.length;
      if (page.length < EXPORT_PAGE_SIZE) break;
      afterId = page[page.length - 1]!.id;
    }
    await this.audit.record({ action: 'listing.export', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, detail: { format: 'apidae', listings: count } });
  }
}
