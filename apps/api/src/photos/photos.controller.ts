import { Controller, Get, Param, Post, Res, StreamableFile, UploadedFile } from '@nestjs/common';
import type { Response } from 'express';
import { Allow, CurrentUser } from '../common/auth/decorators.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { IdPipe } from '../common/id.pipe.js';
import { AcceptUpload, type UploadedTempFile } from '../common/rest/index.js';
import { PHOTO_MAX_BYTES } from './photo-image.js';
import { PhotosService, type PhotoVariant, type UploadedPhoto } from './photos.service.js';

/**
 * Listing photos over REST (multipart does not fit GraphQL): the portal uploads a file, gets its
 * id and URLs, then puts the id in a listing change (`content.photos[].id`).
 */
@Controller('api')
export class PhotosController {
  constructor(private readonly photos: PhotosService) {}

  /** Multipart field `file`: JPEG, PNG or WebP, 10 MiB at most. Answers 201 with UploadedPhoto. */
  @Allow('listing.submitChange')
  @Post('organisations/:organisationId/photos')
  @AcceptUpload('file', { maxBytes: PHOTO_MAX_BYTES })
  upload(
    @CurrentUser() user: SessionUser,
    @Param('organisationId', IdPipe) organisationId: string,
    @UploadedFile() file: UploadedTempFile,
  ): Promise<UploadedPhoto> {
    return this.photos.upload(user, organisationId, file);
  }

  @Allow('listing.read')
  @Get('photos/:id')
  original(@CurrentUser() user: SessionUser, @Param('id') id: string, @Res({ passthrough: true }) res: Response) {
    return this.send(user, id, 'original', res);
  }

  @Allow('listing.read')
  @Get('photos/:id/thumbnail')
  thumbnail(@CurrentUser() user: SessionUser, @Param('id') id: string, @Res({ passthrough: true }) res: Response) {
    return this.send(user, id, 'thumbnail', res);
  }

  private async send(user: SessionUser, id: string, variant: PhotoVariant, res: Response): Promise<StreamableFile> {
    const file = await this.photos.open(user, id, variant);
    // Shown in <img> by the portal; only the signed-in browser may keep a copy (no shared cache).
    res.setHeader('Cache-Control', 'private, max-age=86400');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(file.stream, { type: file.contentType, length: file.size, disposition: 'inline' });
  }
}
