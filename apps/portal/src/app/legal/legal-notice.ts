import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { OFFICE_IDENTITY } from '../shared/identity';

@Component({
  selector: 'app-legal-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <div class="legal-page">
      <h1>Mentions légales</h1>
      <h2>Éditeur</h2>
      <p>
        {{ identity.name }}<br />
        {{ identity.address[1] }}, {{ identity.address[2] }}<br />
        Téléphone&nbsp;: <a [href]="identity.phoneHref">{{ identity.phone }}</a><br />
        Courriel&nbsp;: <a [href]="'mailto:' + identity.email">{{ identity.email }}</a>
      </p>
      <p>Directeur ou directrice de la publication&nbsp;: {{ identity.publicationDirector }}.</p>
      <h2>Hébergement</h2>
      <p>{{ identity.host }}.</p>
      <h2>Données personnelles</h2>
      <p>
        L’extranet traite les données nécessaires à la relation entre l’office de tourisme et ses partenaires&nbsp;:
        nom, adresse e-mail et rôle des utilisateurs, informations sur les organisations et leurs fiches. Elles ne
        sont ni vendues ni cédées. Chaque action importante est inscrite dans un journal consulté par les
        administrateurs de l’office.
      </p>
      <p>
        Conformément au Règlement général sur la protection des données, vous pouvez accéder à vos données, les
        faire rectifier ou effacer en écrivant à <a [href]="'mailto:' + identity.email">{{ identity.email }}</a>.
        Vous pouvez corriger votre nom vous-même depuis la page <a routerLink="/compte">Mon compte</a>.
      </p>
      <h2>Cookies</h2>
      <p>
        Un seul cookie est déposé&nbsp;: celui de la session, indispensable à la connexion. Aucun cookie de mesure
        d’audience ni de publicité.
      </p>
      <h2>Logiciel</h2>
      <p>L’extranet est un logiciel libre.</p>
    </div>
  `,
  styles: `
    .legal-page {
      max-width: 72ch;
      overflow-wrap: anywhere;
    }
  `,
})
export class LegalNotice {
  protected readonly identity = OFFICE_IDENTITY;
}
