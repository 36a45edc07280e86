import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type ListingPhoto, wordDiff } from '@extranet/domain/listings';
import { thumbnailUrl } from '../../listings/listing-data';
import { formatValue } from '../../listings/listing-format';
import type { ListingFieldKind } from '../../graphql/types.generated';

interface PhotoView extends ListingPhoto {
  src: string;
  /** In one column only: added by the proposal, or removed by it. */
  mark: 'added' | 'removed' | null;
}

/**
 * One field of a request, before and after: long texts as one word-level diff (removed words
 * struck through in <del>, added ones underlined in <ins>, each announced by a hidden label),
 * photos side by side as thumbnails, other values in two columns.
 */
@Component({
  selector: 'app-change-diff',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (kind() === 'longText') {
      <p class="legend">Texte retiré barré, texte ajouté souligné.</p>
      <p class="diff">@for (part of diff(); track $index) {@switch (part.kind) {@case ('removed') {<del><span class="visually-hidden">[début du texte retiré] </span>{{ part.text }}<span class="visually-hidden"> [fin du texte retiré]</span></del>} @case ('added') {<ins><span class="visually-hidden">[début du texte ajouté] </span>{{ part.text }}<span class="visually-hidden"> [fin du texte ajouté]</span></ins>} @default {{{ part.text }}}}}</p>
    } @else if (path() === 'photos') {
      <div class="columns">
        <div>
          <h4>Avant</h4>
          <ul class="photos" role="list">
            @for (photo of beforePhotos(); track photo.id) {
              <li [class.removed]="photo.mark === 'removed'">
                <img [src]="photo.src" [alt]="photo.caption || 'Photo sans légende'" width="160" height="120" />
                <span>{{ photo.caption }} — © {{ photo.credit }}@if (photo.mark === 'removed') { <strong>(retirée)</strong>}</span>
              </li>
            } @empty {
              <li>Aucune photo</li>
            }
          </ul>
        </div>
        <div>
          <h4>Après</h4>
          <ul class="photos" role="list">
            @for (photo of afterPhotos(); track photo.id) {
              <li [class.added]="photo.mark === 'added'">
                <img [src]="photo.src" [alt]="photo.caption || 'Photo sans légende'" width="160" height="120" />
                <span>{{ photo.caption }} — © {{ photo.credit }}@if (photo.mark === 'added') { <strong>(nouvelle)</strong>}</span>
              </li>
            } @empty {
              <li>Aucune photo</li>
            }
          </ul>
        </div>
      </div>
    } @else {
      <div class="columns">
        <div>
          <h4>Avant</h4>
          @for (line of beforeLines(); track $index) {
            <p class="value">{{ line }}</p>
          }
        </div>
        <div>
          <h4>Après</h4>
          @for (line of afterLines(); track $index) {
            <p class="value">{{ line }}</p>
          }
        </div>
      </div>
    }
  `,
  styles: `
    .columns {
      display: grid;
      gap: 8px 24px;
      grid-template-columns: repeat(auto-fit, minmax(240px, 1fr));
    }
    h4 {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
      margin: 0 0 4px;
    }
    .value {
      margin: 0 0 4px;
      white-space: pre-wrap;
    }
    .legend {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
      margin: 0 0 4px;
    }
    .diff {
      margin: 0;
      white-space: pre-wrap;
    }
    del {
      background: #ffe1de;
      color: #8c1d18;
      text-decoration: line-through;
    }
    ins {
      background: #dcf5e3;
      color: #0f5129;
      text-decoration: underline;
    }
    .photos {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .photos li {
      border: 2px solid transparent;
      border-radius: 6px;
      display: grid;
      font: var(--mat-sys-body-small);
      gap: 4px;
      max-width: 164px;
    }
    .photos li.added {
      border-color: #0f5129;
    }
    .photos li.removed {
      border-color: #8c1d18;
      border-style: dashed;
    }
    img {
      border-radius: 4px;
      height: 120px;
      object-fit: cover;
      width: 160px;
    }
  `,
})
export class ChangeDiff {
  readonly path = input.required<string>();
  readonly kind = input.required<ListingFieldKind>();
  readonly before = input<unknown>(null);
  readonly after = input<unknown>(null);

  protected readonly diff = computed(() => wordDiff(text(this.before()), text(this.after())));
  protected readonly beforeLines = computed(() => formatValue(this.path(), this.before()));
  protected readonly afterLines = computed(() => formatValue(this.path(), this.after()));

  protected readonly beforePhotos = computed(() => {
    const after = new Set(photos(this.after()).map((p) => p.id));
    return photos(this.before()).map((p): PhotoView => ({ ...p, src: thumbnailUrl(p.id), mark: after.has(p.id) ? null : 'removed' }));
  });
  protected readonly afterPhotos = computed(() => {
    const before = new Set(photos(this.before()).map((p) => p.id));
    return photos(this.after()).map((p): PhotoView => ({ ...p, src: thumbnailUrl(p.id), mark: before.has(p.id) ? null : 'added' }));
  });
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function photos(value: unknown): ListingPhoto[] {
  return Array.isArray(value) ? (value as ListingPhoto[]) : [];
}
