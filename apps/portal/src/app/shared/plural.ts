import { Pipe, type PipeTransform } from '@angular/core';

/**
 * A count in French: singular at 0 and 1 (« 0 partenaire trouvé »), plural above, never « (s) »; a
 * non-breaking space keeps the number with its noun.
 */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n}\u00a0${n > 1 ? plural : singular}`;
}

/** `{{ total | count: 'membre' }}`, `{{ read | count: 'actualité lue' : 'actualités lues' }}`: see `countOf`. */
@Pipe({ name: 'count' })
export class CountPipe implements PipeTransform {
  transform(n: number, singular: string, plural?: string): string {
    return countOf(n, singular, plural);
  }
}
