import { Module } from '@nestjs/common';

/** Tourist tax: accommodations (tax accounts), tariffs, declarations, payments, follow-up, statistics. */
@Module({})
export class TouristTaxModule {}
