import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { StorageModule } from '../storage/storage.module.js';
import { AdminRepository, AdminResolver } from './admin.js';
import { CommitteeAccess } from './committee-access.js';
import { CommitteeDocumentsController, CommitteeDocumentsService } from './committee-documents.js';
import { CommitteeMembersService } from './committee-members.service.js';
import { CommitteeRepository } from './committee.repository.js';
import { CommitteeResolver } from './committee.resolver.js';
import { CommitteeService } from './committee.service.js';

/**
 * Technical committee: sessions, documents, minutes, recommendations, membership; and the
 * administrators' users-and-roles and audit-trail reads the committee's membership needed.
 */
@Module({
  imports: [AuthModule, StorageModule],
  controllers: [CommitteeDocumentsController],
  providers: [CommitteeRepository, CommitteeAccess, CommitteeService, CommitteeMembersService, CommitteeDocumentsService, CommitteeResolver, AdminRepository, AdminResolver],
})
export class CommitteeModule {}
