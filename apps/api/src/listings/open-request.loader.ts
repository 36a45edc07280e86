import { Injectable } from '@nestjs/common';
import { RequestLoader } from '../common/request-loader.js';
import { ChangeRequestsRepository, type ChangeRequestView } from './change-requests.repository.js';

/** The open change request of each listing, batched per request: a page of listings costs one lookup. */
@Injectable()
export class OpenRequestLoader extends RequestLoader<string, ChangeRequestView> {
  constructor(requests: ChangeRequestsRepository) {
    super((listingIds) => requests.openForListings(listingIds), (request) => request.listingId!);
  }
}
