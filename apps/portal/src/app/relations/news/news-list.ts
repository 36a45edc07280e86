import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { can } from '@extranet/domain/access';
import { NEWS_CATEGORY_LABELS } from '@extranet/domain/relations';
import { Session } from '../../auth/session';
import { RelationsData } from '../relations-data';
import { frenchDate } from '../relations-format';

/** `/actualites` — the news targeted to the user, newest first, unread ones marked. */
@Component({
  selector: 'app-news-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <h1>Actualités de l’office</h1>
    <p class="links">
      <a routerLink="/actualites/preferences">Recevoir les actualités par courriel&nbsp;: choisir quand</a>
      @if (canManage()) {
        <a routerLink="/actualites/gestion">Rédiger et gérer les actualités</a>
      }
    </p>
    @if (feed.error()) {
      <p class="notice notice--error" role="alert">Les actualités n’ont pas pu être chargées. Rechargez la page.</p>
    } @else if (feed.hasValue()) {
      @let value = feed.value();
      <p aria-live="polite">{{ value.unread === 0 ? 'Vous avez tout lu.' : value.unread + (value.unread > 1 ? ' actualités non lues.' : ' actualité non lue.') }}</p>
      @if (value.items.length === 0) {
        <p>Aucune actualité pour l’instant.</p>
      }
      <ul class="news" role="list">
        @for (item of value.items; track item.id) {
          <li [class.unread]="!item.readAt">
            <h2>
              <a [routerLink]="['/actualites', item.id]">{{ item.title }}</a>
              @if (!item.readAt) {
                <span class="badge"><span class="visually-hidden">, </span>Non lue</span>
              }
            </h2>
            <p class="meta">{{ categoryLabels[item.category] }} · {{ frenchDate(item.publishAt) }}</p>
            <p>{{ item.summary }}</p>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .links { display: flex; flex-wrap: wrap; gap: 8px 24px; }
    .news { list-style: none; margin: 0; padding: 0; display: grid; gap: 12px; }
    .news > li { border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; padding: 8px 16px; }
    .news > li.unread { border-inline-start: 6px solid var(--mat-sys-primary); }
    h2 { font: var(--mat-sys-title-medium); margin: 8px 0 4px; display: flex; flex-wrap: wrap; gap: 8px; align-items: baseline; }
    .badge { background: var(--mat-sys-primary); color: var(--mat-sys-on-primary); border-radius: 12px; padding: 0 8px; font: var(--mat-sys-label-medium); }
    .meta { color: var(--mat-sys-on-surface-variant); margin: 0; }
  `,
})
export class NewsList {
  private readonly data = inject(RelationsData);
  private readonly session = inject(Session);
  protected readonly categoryLabels = NEWS_CATEGORY_LABELS;
  protected readonly frenchDate = frenchDate;
  protected readonly canManage = computed(() => can(this.session.actor(), 'news.manage'));
  protected readonly feed = rxResource({ stream: () => this.data.feed() });
}
