import { Injectable } from '@nestjs/common';
import { DomainError, type FieldError, type ListingPhoto } from '@extranet/domain';
import { rm } from 'node:fs/promises';
import { AuditService } from '../audit/audit.service.js';
import { AccessService } from '../common/auth/access.service.js';
import type { SessionUser } from '../common/auth/session-user.js';
import type { UploadedTempFile } from '../common/rest/index.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { TransactionRunner } from '../prisma/transaction-runner.js';
import { FileStorage, type StoredFile } from '../storage/file-storage.js';
import { PHOTO_CONTENT_TYPES, preparePhoto, THUMBNAIL_CONTENT_TYPE } from './photo-image.js';
import { PhotosRepository } from './photos.repository.js';

/** What the upload answers; the portal's photo picker relies on this shape. */
export interface UploadedPhoto {
  id: string;
  url: string;
  thumbnailUrl: string;
  contentType: string;
  size: number;
}

export type PhotoVariant = 'original' | 'thumbnail';

/** A photo id is a storage name: anything else cannot exist. */
const PHOTO_ID = /^[0-9a-f]{32}$/;
const THUMBNAIL_SUFFIX = 'thumb';

export const UNKNOWN_PHOTO = 'Photo inconnue.';

export const photoUrl = (id: string) => `/api/photos/${id}`;
export const thumbnailUrl = (id: string) => `/api/photos/${id}/thumbnail`;

/** Listing photos: uploaded for an organisation, read by whoever may read its listings. */
@Injectable()
export class PhotosService {
  constructor(
    private readonly photos: PhotosRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly storage: FileStorage,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  /**
   * Keeps an uploaded photo for `organisationId`: checked and re-encoded without its metadata,
   * with a thumbnail. The files are stored before the row is written, so a row always has its
   * files; a failure after storing removes them again.
   */
  async upload(user: SessionUser, organisationId: string, file: UploadedTempFile): Promise<UploadedPhoto> {
    const organisation = await this.access.load(user, 'listing.submitChange', { type: 'organisation', id: organisationId }, (scope) =>
      this.organisations.findById(organisationId, scope),
    );
    // Beside the upload, in the folder whose start-up clean-up also covers a crash half-way.
    const work = { image: `${file.path}.image`, thumbnail: `${file.path}.thumbnail` };
    const id = FileStorage.newName();
    const thumbnailName = FileStorage.derivedName(id, THUMBNAIL_SUFFIX);
    try {
      const prepared = await preparePhoto(file.path, work);
      const contentType = PHOTO_CONTENT_TYPES[prepared.format];
      const { size } = await this.storage.put({ path: work.image }, id);
      try {
        const thumbnail = await this.storage.put({ path: work.thumbnail }, thumbnailName);
        await this.tx.run(async () => {
          await this.photos.create({ id, organisationId: organisation.id, contentType, size, uploadedById: user.id });
          await this.audit.record({
            action: 'listing.uploadPhoto', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email,
            organisationId: organisation.id, objectType: 'listingPhoto', objectId: id,
            detail: { contentType, size, width: prepared.width, height: prepared.height, thumbnailSize: thumbnail.size, receivedSize: file.size },
          });
        });
      } catch (error) {
        await Promise.all([this.storage.remove(id), this.storage.remove(thumbnailName)]);
        throw error;
      }
      return { id, url: photoUrl(id), thumbnailUrl: thumbnailUrl(id), contentType, size };
    } finally {
      await Promise.all([rm(work.image, { force: true }), rm(work.thumbnail, { force: true })]);
    }
  }

  /** A photo's file, for whoever may read its organisation's listings; NOT_FOUND otherwise. */
  async open(user: SessionUser, id: string, variant: PhotoVariant): Promise<StoredFile & { contentType: string }> {
    if (!PHOTO_ID.test(id)) throw DomainError.notFound();
    const photo = await this.access.load(user, 'listing.read', { type: 'listingPhoto', id }, (scope) => this.photos.findById(id, scope));
    const file = await this.storage.open(variant === 'thumbnail' ? FileStorage.derivedName(photo.id, THUMBNAIL_SUFFIX) : photo.id);
    if (!file) throw DomainError.notFound();
    return { ...file, contentType: variant === 'thumbnail' ? THUMBNAIL_CONTENT_TYPE : photo.contentType };
  }

  /**
   * A listing of `organisationId` may show the photos it already shows and those uploaded for
   * that organisation; any other id (another partner's photo, an id made up) is refused on its
   * field `content.photos.N`. Called by the listing service when a change or a new listing is
   * proposed, inside its transaction.
   */
  async checkListingPhotos(organisationId: string, photos: readonly Pick<ListingPhoto, 'id'>[], alreadyShown: readonly Pick<ListingPhoto, 'id'>[] = []): Promise<void> {
    const shown = new Set(alreadyShown.map((photo) => photo.id));
    const added = [...new Set(photos.map((photo) => photo.id).filter((id) => !shown.has(id)))];
    const owned = new Set(await this.photos.idsOwnedBy(organisationId, added.filter((id) => PHOTO_ID.test(id))));
    const errors: FieldError[] = photos.flatMap((photo, i) => (shown.has(photo.id) || owned.has(photo.id) ? [] : [{ field: `content.photos.${i}`, message: UNKNOWN_PHOTO }]));
    if (errors.length) throw DomainError.badInput(errors);
  }
}
