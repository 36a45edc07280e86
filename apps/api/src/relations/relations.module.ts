import { Module } from '@nestjs/common';

/** Partner relations: news for partners, promotion actions, individual meetings. */
@Module({})
export class RelationsModule {}
