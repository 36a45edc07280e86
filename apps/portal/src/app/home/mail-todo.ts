import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { courriels, OutboxData } from '../outbox/outbox-data';

/**
 * The staff home's mail to-do: messages the SMTP server keeps refusing (being retried) and
 * messages given up, with a way to « Courriels envoyés ». Nothing when mail flows.
 */
@Component({
  selector: 'app-mail-todo',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule],
  template: `
    @if (trouble.hasValue() && (trouble.value().failed > 0 || trouble.value().failing > 0)) {
      @let t = trouble.value();
      <section aria-labelledby="mail-todo-heading" class="notice" [class.notice--error]="t.failed > 0">
        <h2 id="mail-todo-heading">Courriels non remis</h2>
        @if (t.failed > 0) {
          <p>{{ failedText() }}</p>
        }
        @if (t.failing > 0) {
          <p>{{ failingText() }}</p>
        }
        <a mat-flat-button [routerLink]="['/courriels']" [queryParams]="t.failed > 0 ? { statut: 'FAILED' } : {}">Voir les courriels</a>
      </section>
    }
  `,
  styles: `
    section { margin-block-end: 24px; }
    h2 { font-size: 1.25rem; margin-block: 0 8px; }
  `,
})
export class MailTodo {
  private readonly data = inject(OutboxData);

  protected readonly trouble = rxResource({ stream: () => this.data.trouble() });
  protected readonly failedText = computed(() => {
    const n = this.trouble.hasValue() ? this.trouble.value().failed : 0;
    return `${courriels(n)} en échec d\u2019envoi\u00a0: ${n > 1 ? 'ils ne seront plus réessayés' : 'il ne sera plus réessayé'} tant que vous ne ${n > 1 ? 'les' : 'le'} renvoyez pas.`;
  });
  protected readonly failingText = computed(() => {
    const n = this.trouble.hasValue() ? this.trouble.value().failing : 0;
    return `${courriels(n)} en attente d\u2019un nouvel essai\u00a0: le serveur de messagerie ${n > 1 ? 'les a refusés' : 'l\u2019a refusé'} ou n\u2019a pas répondu.`;
  });
}
