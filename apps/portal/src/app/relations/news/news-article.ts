import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { can } from '@extranet/domain/access';
import { NEWS_CATEGORY_LABELS } from '@extranet/domain/relations';
import { Session } from '../../auth/session';
import { RelationsData } from '../relations-data';
import { frenchDate } from '../relations-format';
import { CountPipe } from '../../shared/plural';

/** `/actualites/:id` — one news item; opening it marks it read (once) for staff's figures. */
@Component({
  selector: 'app-news-article',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, CountPipe],
  template: `
    <p><a routerLink="/actualites">← Toutes les actualités</a></p>
    @if (item.error()) {
      <h1>Actualité introuvable</h1>
      <p>Cette actualité n’existe pas ou ne vous est pas destinée.</p>
    } @else if (item.hasValue()) {
      @let news = item.value();
      <article>
        <h1>{{ news.title }}</h1>
        <p class="meta">{{ categoryLabels[news.category] }} · {{ frenchDate(news.publishAt) }}
          @if (news.openCount !== null) { · {{ news.openCount | count: 'lecture' }} dans l’extranet }
        </p>
        <p class="summary">{{ news.summary }}</p>
        <!-- Rendered by the API from checked Markdown (raw HTML escaped); Angular sanitises it again. -->
        <div class="body" [innerHTML]="news.bodyHtml"></div>
        @if (news.attachmentName) {
          <p><a [href]="attachmentUrl(news.id)" download>Télécharger la pièce jointe ({{ news.attachmentName }})</a></p>
        }
      </article>
    }
  `,
  styles: `
    .meta { color: var(--mat-sys-on-surface-variant); }
    .summary { font-weight: 600; }
    .body { max-width: 70ch; overflow-wrap: anywhere; }
    .body :is(img) { max-width: 100%; height: auto; }
  `,
})
export class NewsArticle {
  private readonly data = inject(RelationsData);
  private readonly session = inject(Session);
  readonly id = input.required<string>();
  protected readonly categoryLabels = NEWS_CATEGORY_LABELS;
  protected readonly frenchDate = frenchDate;
  private readonly staff = computed(() => can(this.session.actor(), 'news.manage'));
  protected attachmentUrl(id: string): string {
    return this.data.attachmentUrl(id);
  }
  protected readonly item = rxResource({ params: () => this.id(), stream: ({ params }) => this.data.newsItem(params) });

  constructor() {
    effect(() => {
      const news = this.item.hasValue() ? this.item.value() : null;
      if (news && !news.readAt && !this.staff()) this.data.markRead(news.id).subscribe({ error: () => undefined });
    });
  }
}
