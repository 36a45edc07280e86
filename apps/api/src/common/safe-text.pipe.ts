import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { DomainError, type FieldError } from '@extranet/domain';

// Control characters other than tab and line breaks, refused in every text argument: PostgreSQL
// rejects NUL and nobody types the others.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const MESSAGE = 'Ce texte contient des caractères non autorisés.';

function findUnsafeText(value: unknown, path: string, found: FieldError[]): void {
  if (typeof value === 'string') {
    if (CONTROL_CHARACTERS.test(value) || !value.isWellFormed()) found.push({ field: path, message: MESSAGE });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => findUnsafeText(item, `${path}.${index}`, found));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) findUnsafeText(item, path ? `${path}.${key}` : key, found);
  }
}

/** Global pipe: text with control characters or broken UTF-16 never reaches a service. */
@Injectable()
export class SafeTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value; // the session user, the request: not user input
    const found: FieldError[] = [];
    findUnsafeText(value, '', found);
    if (found.length) throw DomainError.badInput(found.map((f) => ({ ...f, field: f.field || 'input' })));
    return value;
  }
}
