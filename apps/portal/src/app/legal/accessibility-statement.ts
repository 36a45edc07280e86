import { ChangeDetectionStrategy, Component } from '@angular/core';
import { OFFICE_IDENTITY } from '../shared/identity';

/** RGAA 4.1 statement: the state is « partiellement conforme » until a full audit has been made. */
@Component({
  selector: 'app-accessibility-statement',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="legal-page">
      <h1>Déclaration d’accessibilité</h1>
      <p>
        L’{{ identity.name }} s’engage à rendre son extranet des partenaires accessible, conformément à
        l’article 47 de la loi n°&nbsp;2005-102 du 11&nbsp;février&nbsp;2005.
      </p>
      <h2>État de conformité</h2>
      <p>
        L’extranet des partenaires est <strong>partiellement conforme</strong> avec le référentiel général
        d’amélioration de l’accessibilité (RGAA), version&nbsp;4.1. Aucun audit complet des 106&nbsp;critères n’a
        encore été réalisé par un organisme indépendant&nbsp;: le taux de conformité n’est donc pas encore connu.
      </p>
      <h2>Ce qui est vérifié</h2>
      <ul>
        <li>
          Chaque parcours principal (connexion, accueil, organisation, équipe, compte, fiches, taxe de séjour, packs,
          comité technique, relations avec les partenaires) est rejoué automatiquement dans un navigateur à chaque
          modification du logiciel, sur un écran d’ordinateur (1&nbsp;280&nbsp;pixels) et de téléphone
          (390&nbsp;pixels)&nbsp;; chaque page visitée est analysée par l’outil axe-core pour les critères WCAG&nbsp;2.1
          niveaux A et AA, et doit n’avoir aucune erreur.
        </li>
        <li>Les pages se parcourent au clavier, avec un lien d’évitement vers le contenu et un focus toujours visible.</li>
        <li>Chaque champ de formulaire a une étiquette&nbsp;; les erreurs nomment le champ concerné.</li>
      </ul>
      <h2>Limites connues</h2>
      <ul>
        <li>Les tests automatiques ne détectent qu’une partie des défauts&nbsp;: les restitutions par lecteur d’écran n’ont pas été toutes vérifiées manuellement.</li>
        <li>Les documents téléchargeables (factures, ordres du jour en PDF) peuvent ne pas être accessibles.</li>
        <li>Les cartes et photographies des fiches n’ont pas toujours de description textuelle.</li>
      </ul>
      <h2>Établissement de cette déclaration</h2>
      <p>Cette déclaration a été établie à partir des tests automatiques décrits ci-dessus.</p>
      <h2>Retour d’information et contact</h2>
      <p>
        Si vous n’arrivez pas à accéder à un contenu ou à un service, écrivez-nous à
        <a [href]="'mailto:' + identity.email">{{ identity.email }}</a> ou appelez le
        <a [href]="identity.phoneHref">{{ identity.phone }}</a>&nbsp;: nous vous donnerons l’information sous une
        autre forme.
      </p>
      <h2>Voies de recours</h2>
      <p>
        Si vous nous avez signalé un défaut d’accessibilité sans obtenir de réponse satisfaisante, vous pouvez
        écrire au Défenseur des droits (<a href="https://formulaire.defenseurdesdroits.fr/">formulaire en ligne</a>),
        contacter son délégué dans votre région, ou lui écrire gratuitement, sans timbre&nbsp;: Défenseur des droits,
        Libre réponse 71120, 75342 Paris CEDEX 07.
      </p>
    </div>
  `,
  styles: `
    .legal-page {
      max-width: 72ch;
      overflow-wrap: anywhere;
    }
  `,
})
export class AccessibilityStatement {
  protected readonly identity = OFFICE_IDENTITY;
}
