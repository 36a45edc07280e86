import { Injectable } from '@nestjs/common';
import type { Organisation } from '@extranet/domain';
import { RequestLoader } from '../common/request-loader.js';
import { OrganisationsRepository } from './organisations.repository.js';

/** Organisations by id, batched per request, for fields of parents already authorised. */
@Injectable()
export class OrganisationLoader extends RequestLoader<string, Organisation> {
  constructor(organisations: OrganisationsRepository) {
    super((ids) => organisations.findByIds(ids), (organisation) => organisation.id);
  }
}
