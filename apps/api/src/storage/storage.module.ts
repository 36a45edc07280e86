import { Module } from '@nestjs/common';
import { FileStorage } from './file-storage.js';

/** Stored files (listing photos, committee documents): see FileStorage. */
@Module({
  providers: [FileStorage],
  exports: [FileStorage],
})
export class StorageModule {}
