import { Module } from '@nestjs/common';

/** Technical committee: sessions, documents, minutes, recommendations, membership. */
@Module({})
export class CommitteeModule {}
