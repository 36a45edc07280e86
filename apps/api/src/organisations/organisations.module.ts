import { Module } from '@nestjs/common';
import { OrganisationLoader } from './organisation.loader.js';
import { OrganisationsRepository } from './organisations.repository.js';
import { OrganisationsResolver } from './organisations.resolver.js';
import { OrganisationsService } from './organisations.service.js';

@Module({
  providers: [OrganisationsRepository, OrganisationsService, OrganisationsResolver, OrganisationLoader],
  exports: [OrganisationsRepository, OrganisationsService, OrganisationLoader],
})
export class OrganisationsModule {}
