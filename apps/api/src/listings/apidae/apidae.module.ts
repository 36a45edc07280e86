import { Module } from '@nestjs/common';
import { ListingsModule } from '../listings.module.js';
import { ApidaeController } from './apidae.controller.js';
import { ApidaeRepository } from './apidae.repository.js';
import { ApidaeExportService } from './export.service.js';
import { ApidaeImportService } from './import.service.js';

/** Apidae import and export (docs/architecture.md): REST for the staff page, the service for the CLI. */
@Module({
  imports: [ListingsModule],
  controllers: [ApidaeController],
  providers: [ApidaeRepository, ApidaeImportService, ApidaeExportService],
  exports: [ApidaeImportService],
})
export class ApidaeModule {}
