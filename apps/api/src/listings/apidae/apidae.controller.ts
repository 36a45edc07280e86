import { Controller, Get, HttpCode, Post, Res, UploadedFile } from '@nestjs/common';
import type { ApidaeImportReport, ApidaeObject } from '@extranet/domain';
import type { Response } from 'express';
import { Allow, CurrentUser } from '../../common/auth/decorators.js';
import type { SessionUser } from '../../common/auth/session-user.js';
import { AcceptUpload, type UploadedTempFile } from '../../common/rest/index.js';
import { ApidaeExportService } from './export.service.js';
import { ApidaeImportService } from './import.service.js';

/** An Apidae export of the whole territory, zipped, stays well under this. */
export const APIDAE_UPLOAD_MAX_BYTES = 50 * 1024 * 1024;

/** Staff move listings in and out of Apidae: a file upload answering the report, and a download. */
@Controller('api/listings/apidae')
export class ApidaeController {
  constructor(
    private readonly importer: ApidaeImportService,
    private readonly exporter: ApidaeExportService,
  ) {}

  @Post('import')
  @Allow('listing.import')
  @HttpCode(200)
  @AcceptUpload('file', { maxBytes: APIDAE_UPLOAD_MAX_BYTES })
  import(@CurrentUser() user: SessionUser, @UploadedFile() file: UploadedTempFile): Promise<ApidaeImportReport> {
    return this.importer.importUpload(user, file);
  }

  @Get('export')
  @Allow('listing.import')
  async export(@CurrentUser() user: SessionUser, @Res() res: Response): Promise<void> {
    const objects = await this.exporter.export(user);
    const day = new Date().toISOString().slice(0, 10);
    res.status(200);
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="fiches-apidae-${day}.json"`);
    res.setHeader('cache-control', 'no-store');
    await writeJsonArray(res, objects);
  }
}

/** A JSON array written as it is read, waiting for the client when its buffer is full. */
async function writeJsonArray(res: Response, objects: AsyncIterable<ApidaeObject>): Promise<void> {
  let first = true;
  for await (const object of objects) {
    if (res.destroyed) return; // the client went away: stop reading the database
    const chunk = `${first ? '[\n' : ',\n'}${JSON.stringify(object)}`;
    first = false;
    if (!res.write(chunk)) await drained(res);
  }
  res.end(first ? '[]\n' : '\n]\n');
}

/** Resolves when the client has taken the buffered bytes, or has gone. */
function drained(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
