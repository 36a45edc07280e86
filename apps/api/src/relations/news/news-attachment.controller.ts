import { Controller, Get, HttpCode, Param, Post, Res, StreamableFile, UnsupportedMediaTypeException, UploadedFile } from '@nestjs/common';
import { can, DomainError } from '@extranet/domain';
import type { Response } from 'express';
import { AccessService } from '../../common/auth/access.service.js';
import { Allow, CurrentUser } from '../../common/auth/decorators.js';
import { toActor, type SessionUser } from '../../common/auth/session-user.js';
import { Clock } from '../../common/clock.js';
import { IdPipe } from '../../common/id.pipe.js';
import { AcceptUpload, type UploadedTempFile } from '../../common/rest/index.js';
import { FileStorage } from '../../storage/file-storage.js';
import { detectAttachmentType, safeAttachmentName, uploadedName } from './news-attachment.js';
import { NewsRepository } from './news.repository.js';

/** A news item's attached file over REST: staff upload it (10 MiB, PDF/PNG/JPEG by magic bytes), readers it targets download it. */
@Controller('api/news')
export class NewsAttachmentController {
  constructor(
    private readonly news: NewsRepository,
    private readonly storage: FileStorage,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  @Allow('news.manage')
  @Post(':id/attachment')
  @HttpCode(201)
  @AcceptUpload('file')
  async upload(@CurrentUser() user: SessionUser, @Param('id', IdPipe) id: string, @UploadedFile() file: UploadedTempFile): Promise<{ name: string }> {
    await this.access.check(user, 'news.manage');
    if (!(await this.news.findById(id))) throw DomainError.notFound();
    const detected = await detectAttachmentType(file.path);
    if (!detected) {
      throw new UnsupportedMediaTypeException(undefined, {
        cause: DomainError.badInput([{ field: 'file', message: 'Joignez un PDF ou une image PNG ou JPEG.' }], 'Ce type de fichier n’est pas accepté.'),
      });
    }
    const previous = await this.news.attachmentOf(id);
    const key = FileStorage.newName();
    await this.storage.put({ path: file.path }, key);
    const name = safeAttachmentName(uploadedName(file.originalname), detected.extension);
    await this.news.setAttachment(id, { key, name, type: detected.type });
    if (previous) await this.storage.remove(previous.key);
    return { name };
  }

  @Allow('news.read')
  @Get(':id/attachment')
  async download(@CurrentUser() user: SessionUser, @Param('id', IdPipe) id: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const visible = can(toActor(user), 'news.manage') ? await this.news.findById(id) : await this.news.findVisible(id, await this.news.readerOf(user), this.clock.now());
    const attachment = visible ? await this.news.attachmentOf(id) : null;
    const stored = attachment ? await this.storage.open(attachment.key) : null;
    if (!attachment || !stored) throw DomainError.notFound();
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(stored.stream, { type: attachment.type, length: stored.size, disposition: `attachment; filename="${attachment.name}"` });
  }
}
