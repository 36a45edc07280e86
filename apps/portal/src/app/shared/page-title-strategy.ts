import { Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';

export const APP_TITLE = 'Extranet partenaires — Office de Tourisme du Pays de Gex';

/** « Page — Extranet partenaires … » for every route, so each page has its own `<title>`. */
@Injectable()
export class PageTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const page = this.buildTitle(snapshot);
    this.title.setTitle(page ? `${page} — ${APP_TITLE}` : APP_TITLE);
  }
}
