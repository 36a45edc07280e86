// Where uploaded files live once accepted (listing photos, committee documents…): a folder under
// DATA_DIR, outside anything served statically, behind three operations. Files are named by the
// server only (`FileStorage.newName()`), never after the client's file name, and a name is checked
// against that shape before it touches a path, so no name can leave the folder.
//
// An S3-compatible store can replace this class later with the same three methods (PutObject,
// GetObject, DeleteObject, the name as the key); until that second implementation exists there is
// no interface, only this class (docs/shared style: no interface before a second implementation).
import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, type ReadStream } from 'node:fs';
import { copyFile, open, rename, rm } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ENV, type Env } from '../config/env.js';
import { REPO_ROOT } from '../config/paths.js';

/**
 * A generated name (32 hex digits), optionally followed by one `.suffix` for a file derived from
 * it (a photo's thumbnail: `<name>.thumb`). Nothing else is a valid name: no folder, no dot-dot.
 */
const NAME = /^[0-9a-f]{32}(?:\.[a-z0-9]{1,16})?$/;

/** What `put` stores: a stream, bytes, or a temporary file (an upload) moved into place. */
export type StorageSource = Readable | Uint8Array | { path: string };

export interface StoredFile {
  stream: ReadStream;
  size: number;
}

export function storageDir(env: Pick<Env, 'DATA_DIR'>): string {
  return resolve(REPO_ROOT, env.DATA_DIR, 'files');
}

@Injectable()
export class FileStorage {
  private readonly root: string;
  /** Half-written files; renamed into `root` only once complete, so `open` never sees a partial file. */
  private readonly partial: string;

  constructor(@Inject(ENV) env: Env) {
    this.root = storageDir(env);
    this.partial = join(this.root, '.partial');
    mkdirSync(this.partial, { recursive: true, mode: 0o700 });
  }

  /** A fresh name for a new file (128 random bits). */
  static newName(): string {
    return randomBytes(16).toString('hex');
  }

  /** `<name>.<suffix>`: a file derived from `name` (e.g. its thumbnail). */
  static derivedName(name: string, suffix: string): string {
    return checkedName(`${name}.${suffix}`);
  }

  /**
   * Stores `source` under `name` and returns its size. A temporary file is moved (renamed when on
   * the same disk, which uploads under DATA_DIR are); a stream or bytes are written aside first,
   * so a failure half-way leaves nothing under `name`.
   */
  async put(source: StorageSource, name: string): Promise<{ size: number }> {
    const target = this.pathOf(name);
    const temporary = join(this.partial, `${FileStorage.newName()}`);
    try {
      if (isTemporaryFile(source)) {
        try {
          await rename(source.path, temporary);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
          await copyFile(source.path, temporary);
          await rm(source.path, { force: true });
        }
      } else {
        const readable = source instanceof Readable ? source : Readable.from([source]);
        await pipeline(readable, createWriteStream(temporary, { flags: 'wx', mode: 0o600 }));
      }
      const handle = await open(temporary, 'r');
      const { size } = await handle.stat().finally(() => handle.close());
      await rename(temporary, target);
      return { size };
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  /**
   * The file's content and size, or null when there is no such file (or the name cannot exist).
   * The stream holds the file open until it is read to the end or destroyed.
   */
  async open(name: string): Promise<StoredFile | null> {
    if (!NAME.test(name)) return null;
    try {
      const handle = await open(this.pathOf(name), 'r');
      try {
        const { size } = await handle.stat();
        return { stream: handle.createReadStream(), size };
      } catch (error) {
        await handle.close();
        throw error;
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /** Removes the file; a missing one is not an error. */
  async remove(name: string): Promise<void> {
    await rm(this.pathOf(name), { force: true });
  }

  private pathOf(name: string): string {
    const path = join(this.root, checkedName(name));
    // The pattern already rules out separators; this is the second lock on the same door.
    if (!path.startsWith(this.root + sep)) throw new Error(`storage name outside the storage folder: ${JSON.stringify(name)}`);
    return path;
  }
}

function checkedName(name: string): string {
  if (!NAME.test(name)) throw new Error(`not a generated storage name: ${JSON.stringify(name)}`);
  return name;
}

function isTemporaryFile(source: StorageSource): source is { path: string } {
  return !(source instanceof Readable) && !(source instanceof Uint8Array) && typeof source.path === 'string';
}
