// Multipart uploads for REST routes: streamed to a temporary file under DATA_DIR (never held in
// memory), refused past a size limit with 413, and never left behind: multer removes a partial
// file when it refuses or the client goes away, and this interceptor removes the temporary file
// once the handler is done, whatever happened. A handler keeps a file by moving it (fs.rename to
// its final place under DATA_DIR) before it returns; the storage feature decides where and under
// what name, and checks the type on the file's magic bytes.
import {
  HttpException,
  Inject,
  Injectable,
  mixin,
  PayloadTooLargeException,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { DomainError } from '@extranet/domain';
import type { Request } from 'express';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { catchError, mergeMap, type Observable } from 'rxjs';
import { ENV, type Env } from '../../config/env.js';
import { REPO_ROOT } from '../../config/paths.js';

/** docs/security.md: uploads up to 10 MiB. */
export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

/** A temporary file older than this was abandoned by a stopped process (a request never lasts that long). */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

/** What the handler gets from `@UploadedFile()`. `path` is temporary: move the file to keep it. */
export interface UploadedTempFile {
  fieldname: string;
  /** As the client named it: display only, never a path. */
  originalname: string;
  /** As the client claimed it: check the magic bytes instead. */
  mimetype: string;
  size: number;
  /** A generated name under DATA_DIR/uploads/incoming. */
  path: string;
}

export interface UploadOptions {
  /** Larger files answer 413; default UPLOAD_MAX_BYTES. */
  maxBytes?: number;
  /** A request without the file answers 400 before the handler runs; default true. */
  required?: boolean;
}

export function incomingUploadsDir(env: Pick<Env, 'DATA_DIR'>): string {
  return resolve(REPO_ROOT, env.DATA_DIR, 'uploads', 'incoming');
}

/**
 * Accepts one file in the multipart field `field`; the handler reads it with `@UploadedFile()`
 * (an UploadedTempFile) and the other form fields with `@Body()`. The route still needs its
 * access decorator, and the CSRF header like any REST change.
 */
export function AcceptUpload(field = 'file', { maxBytes = UPLOAD_MAX_BYTES, required = true }: UploadOptions = {}) {
  // Nest's FileInterceptor runs multer (busboy) and maps its errors to HTTP exceptions.
  const Multipart = FileInterceptor(field, { limits: { fileSize: maxBytes, files: 1, fields: 20, fieldSize: 100 * 1024 } });

  @Injectable()
  class UploadInterceptor implements NestInterceptor {
    private readonly multipart: NestInterceptor;

    constructor(@Inject(ENV) env: Env) {
      const dir = incomingUploadsDir(env);
      removeAbandoned(dir);
      this.multipart = new Multipart({ dest: dir });
    }

    async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      const req = context.switchToHttp().getRequest<Request & { file?: UploadedTempFile }>();
      let handled: Observable<unknown>;
      try {
        handled = (await this.multipart.intercept(context, next)) as Observable<unknown>;
      } catch (error) {
        throw explain(error, field, maxBytes);
      }
      const file = req.file;
      if (!file) {
        if (required) throw DomainError.badInput([{ field, message: 'Choisissez un fichier à envoyer.' }]);
        return handled;
      }
      // Awaited before the answer leaves, so a client that sees the response sees the file gone.
      const removeTemporary = () => rm(file.path, { force: true });
      return handled.pipe(
        mergeMap(async (value) => {
          await removeTemporary();
          return value;
        }),
        catchError(async (error: unknown) => {
          await removeTemporary();
          throw error;
        }),
      );
    }
  }

  return UseInterceptors(mixin(UploadInterceptor));
}

/** Multer's errors in the user's terms; anything else goes to the error table as it is. */
function explain(error: unknown, field: string, maxBytes: number): unknown {
  if (error instanceof PayloadTooLargeException) {
    const reason = DomainError.badInput([{ field, message: `Le fichier dépasse la taille maximale (${formatSize(maxBytes)}).` }], 'Le fichier est trop volumineux.');
    return new PayloadTooLargeException(undefined, { cause: reason });
  }
  const multerCode = error instanceof HttpException ? (error.cause as { code?: unknown } | undefined)?.code : undefined;
  if (multerCode === 'LIMIT_UNEXPECTED_FILE' || multerCode === 'LIMIT_FILE_COUNT') {
    return DomainError.badInput([{ field, message: `Envoyez un seul fichier, dans le champ « ${field} ».` }]);
  }
  return error;
}

function formatSize(bytes: number): string {
  const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${number.format(bytes / (1024 * 1024))} Mo`;
  if (bytes >= 1024) return `${number.format(bytes / 1024)} ko`;
  return `${bytes} octets`;
}

/** Files a killed process left half-written; best effort, at start-up. */
function removeAbandoned(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const before = Date.now() - ABANDONED_AFTER_MS;
  for (const name of readdirSync(dir)) {
    try {
      const path = join(dir, name);
      if (statSync(path).mtimeMs < before) rmSync(path, { force: true });
    } catch {
      // Another instance removed it first.
    }
  }
}
