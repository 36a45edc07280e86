import { Injectable, type PipeTransform } from '@nestjs/common';
import { DomainError } from '@extranet/domain';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that cannot exist answers like a missing one. */
@Injectable()
export class IdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value !== 'string' || !UUID.test(value)) throw DomainError.notFound();
    return value.toLowerCase();
  }
}
