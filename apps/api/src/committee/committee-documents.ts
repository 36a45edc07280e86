// Committee documents over REST: staff upload (PDF, office documents, images; 20 MiB; the type
// read from the content by `file-type`, never from the name or the declared type), every
// replacement a new version beside the old ones, PDF text extracted with unpdf for the search;
// members and staff download as attachments. A signed-in partner who is not on the committee gets
// 404 for every one of these URLs, like a missing document.
import { Body, Controller, Get, Injectable, Param, Post, Res, StreamableFile, UnsupportedMediaTypeException, UploadedFile } from '@nestjs/common';
import { COMMITTEE_LIMITS, DOCUMENT_TYPE_REFUSED, DOCUMENT_TYPES, DomainError, safeDownloadName, validateDocumentMeta } from '@extranet/domain';
import type { Response } from 'express';
import { fileTypeFromFile } from 'file-type';
import { readFile } from 'node:fs/promises';
import { AuditService } from '../audit/audit.service.js';
import { Allow, CurrentUser, SignedIn } from '../common/auth/decorators.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { Clock } from '../common/clock.js';
import { IdPipe } from '../common/id.pipe.js';
import { AcceptUpload, type UploadedTempFile } from '../common/rest/index.js';
import { TransactionRunner } from '../prisma/transaction-runner.js';
import { FileStorage, type StoredFile } from '../storage/file-storage.js';
import { CommitteeAccess } from './committee-access.js';
import type { CommitteeDocument } from './committee.models.js';
import { CommitteeRepository } from './committee.repository.js';
import { toDocument } from './committee.service.js';

/** PDF text kept for the search; past this a PDF is still stored, its text cut. */
const MAX_TEXT = 500_000;

async function checkedType(path: string): Promise<{ contentType: string; extension: string }> {
  const detected = await fileTypeFromFile(path).catch(() => undefined);
  const known = detected ? DOCUMENT_TYPES[detected.mime] : undefined;
  if (!detected || !known) {
    throw new UnsupportedMediaTypeException(undefined, { cause: DomainError.badInput([{ field: 'file', message: DOCUMENT_TYPE_REFUSED }], 'Ce type de fichier n’est pas accepté.') });
  }
  return { contentType: detected.mime, extension: known.extension };
}

/** The text of a PDF for the search, or null when it has none (a scan) or cannot be read. */
async function pdfText(path: string): Promise<string | null> {
  try {
    const { extractText, getDocumentProxy } = await import('unpdf');
    const pdf = await getDocumentProxy(new Uint8Array(await readFile(path)));
    const { text } = await extractText(pdf, { mergePages: true });
    const cleaned = text.replace(/\u0000/g, '').trim();
    return cleaned ? cleaned.slice(0, MAX_TEXT) : null;
  } catch {
    return null;
  }
}

@Injectable()
export class CommitteeDocumentsService {
  constructor(
    private readonly repo: CommitteeRepository,
    private readonly storage: FileStorage,
    private readonly access: CommitteeAccess,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async create(user: SessionUser, sessionId: string, fields: { title?: string; kind?: string }, file: UploadedTempFile): Promise<CommitteeDocument> {
    await this.access.manage(user, { type: 'committeeSession', id: sessionId });
    const meta = validateDocumentMeta({ title: fields.title ?? '', kind: fields.kind ?? '' });
    if (!meta.ok) throw DomainError.badInput(meta.errors);
    if (!(await this.repo.findSession(sessionId))) throw DomainError.notFound();
    return this.store(user, file, async () => this.repo.createDocument(sessionId, meta.value.kind, meta.value.title));
  }

  async replace(user: SessionUser, documentId: string, file: UploadedTempFile): Promise<CommitteeDocument> {
    await this.access.manage(user, { type: 'committeeDocument', id: documentId });
    if (!(await this.repo.findDocument(documentId))) throw DomainError.notFound();
    return this.store(user, file, async () => documentId);
  }

  /** Checks the type, extracts PDF text, stores the file, then writes the rows; a failure after storing removes the file. */
  private async store(user: SessionUser, file: UploadedTempFile, documentIdOf: () => Promise<string>): Promise<CommitteeDocument> {
    const { contentType, extension } = await checkedType(file.path);
    const text = contentType === 'application/pdf' ? await pdfText(file.path) : null;
    const storageName = FileStorage.newName();
    const { size } = await this.storage.put({ path: file.path }, storageName);
    try {
      return await this.tx.run(async () => {
        const documentId = await documentIdOf();
        const version = await this.repo.addVersion({
          documentId, storageName, fileName: safeDownloadName(file.originalname, extension), contentType, size, text, uploadedById: user.id, publishedAt: this.clock.now(),
        });
        await this.audit.record({
          action: 'committee.uploadDocument', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email,
          objectType: 'committeeDocument', objectId: documentId, detail: { version: version.version, contentType, size },
        });
        return toDocument((await this.repo.findDocument(documentId))!);
      });
    } catch (error) {
      await this.storage.remove(storageName);
      throw error;
    }
  }

  async open(user: SessionUser, versionId: string): Promise<StoredFile & { contentType: string; fileName: string }> {
    await this.access.read(user, { type: 'committeeDocumentVersion', id: versionId });
    const version = await this.repo.findVersion(versionId);
    if (!version) throw DomainError.notFound();
    if (!this.access.isStaff(user)) {
      // Minutes documents stay with the office until the minutes are published.
      const document = await this.repo.findDocument(version.documentId);
      const session = document && (await this.repo.findSession(document.sessionId));
      if (!document || !session || (document.kind === 'MINUTES' && session.status !== 'MINUTES_PUBLISHED')) throw DomainError.notFound();
    }
    const file = await this.storage.open(version.storageName);
    if (!file) throw DomainError.notFound();
    return { ...file, contentType: version.contentType, fileName: version.fileName };
  }
}

@Controller('api/committee')
export class CommitteeDocumentsController {
  constructor(private readonly documents: CommitteeDocumentsService) {}

  /** Multipart: `file`, `title`, `kind` (AGENDA, PRESENTATION, MINUTES, ANNEX). 201 with the document. */
  @Allow('committee.manage')
  @Post('sessions/:sessionId/documents')
  @AcceptUpload('file', { maxBytes: COMMITTEE_LIMITS.documentBytes })
  create(
    @CurrentUser() user: SessionUser,
    @Param('sessionId', IdPipe) sessionId: string,
    @Body() body: { title?: string; kind?: string },
    @UploadedFile() file: UploadedTempFile,
  ): Promise<CommitteeDocument> {
    return this.documents.create(user, sessionId, { title: typeof body?.title === 'string' ? body.title : '', kind: typeof body?.kind === 'string' ? body.kind : '' }, file);
  }

  /** Multipart `file`: a new version of the document; the older ones stay downloadable. */
  @Allow('committee.manage')
  @Post('documents/:documentId/versions')
  @AcceptUpload('file', { maxBytes: COMMITTEE_LIMITS.documentBytes })
  replace(@CurrentUser() user: SessionUser, @Param('documentId', IdPipe) documentId: string, @UploadedFile() file: UploadedTempFile): Promise<CommitteeDocument> {
    return this.documents.replace(user, documentId, file);
  }

  /** One version's file, as an attachment under its checked type. */
  @SignedIn()
  @Get('files/:versionId')
  async download(@CurrentUser() user: SessionUser, @Param('versionId', IdPipe) versionId: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const file = await this.documents.open(user, versionId);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(file.stream, {
      type: file.contentType,
      length: file.size,
      disposition: `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    });
  }
}
