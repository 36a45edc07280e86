import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'app-not-found',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <div class="narrow-page">
      <h1>Page introuvable</h1>
      <p>L’adresse demandée n’existe pas ou n’est plus disponible.</p>
      <p><a routerLink="/">Retour à l’accueil</a></p>
    </div>
  `,
})
export class NotFound {}
