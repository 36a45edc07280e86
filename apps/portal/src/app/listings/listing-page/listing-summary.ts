import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type ListingContent, fieldsFor, getField } from '@extranet/domain/listings';
import { thumbnailUrl } from '../listing-data';
import { EMPTY_VALUE, formatValue } from '../listing-format';
import type { ListingFieldsFragment } from '../listings.generated';

interface Row {
  path: string;
  label: string;
  lines: string[];
}

/** The published content of a listing, field by field, in the form's order. */
@Component({
  selector: 'app-listing-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl class="summary">
      @for (row of rows(); track row.path) {
        <dt>{{ row.label }}</dt>
        <dd>
          @if (row.lines.length === 1) {
            <span [class.empty]="row.lines[0] === empty">{{ row.lines[0] }}</span>
          } @else {
            <ul>
              @for (line of row.lines; track $index) {
                <li>{{ line }}</li>
              }
            </ul>
          }
        </dd>
      }
      <dt>Photos</dt>
      <dd>
        @if (photos().length === 0) {
          <span class="empty">{{ empty }}</span>
        } @else {
          <ul class="photos">
            @for (photo of photos(); track photo.id) {
              <li>
                <figure>
                  <img [src]="photo.src" [alt]="photo.caption || 'Photo sans légende'" width="160" height="120" loading="lazy" />
                  <figcaption>{{ photo.caption }} <span class="credit">© {{ photo.credit }}</span></figcaption>
                </figure>
              </li>
            }
          </ul>
        }
      </dd>
    </dl>
  `,
  styles: `
    .summary {
      display: grid;
      gap: 8px 24px;
      grid-template-columns: minmax(140px, max-content) 1fr;
      margin: 0;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      white-space: pre-line;
    }
    ul {
      margin: 0;
      padding-inline-start: 20px;
    }
    .empty {
      color: var(--mat-sys-on-surface-variant);
      font-style: italic;
    }
    .photos {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      list-style: none;
      padding: 0;
    }
    figure {
      margin: 0;
      max-width: 160px;
    }
    img {
      border-radius: 4px;
      height: 120px;
      object-fit: cover;
      width: 160px;
    }
    figcaption {
      font: var(--mat-sys-body-small);
    }
  `,
})
export class ListingSummary {
  readonly listing = input.required<ListingFieldsFragment>();

  protected readonly empty = EMPTY_VALUE;

  protected readonly rows = computed<Row[]>(() => {
    const { type, content } = this.listing();
    return fieldsFor(type)
      .filter((field) => !field.staffOnly && field.path !== 'photos')
      .map((field) => ({
        path: field.path,
        label: field.label,
        lines: formatValue(field.path, getField(content as ListingContent, field.path)),
      }));
  });

  protected readonly photos = computed(() =>
    this.listing().content.photos.map((photo) => ({ ...photo, src: thumbnailUrl(photo.id) })),
  );
}
