import { Controller, Get, HttpCode, Inject, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../common/auth/decorators.js';
import { Webhook } from '../../common/rest/index.js';
import { ENV, type Env } from '../../config/env.js';
import { sessionSecret } from '../../config/session-secret.js';
import { AuditService } from '../../audit/audit.service.js';
import { escapeHtml } from '../../mail/templates.js';
import { verifyUnsubscribeToken } from '../unsubscribe-token.js';
import { NewsRepository } from './news.repository.js';

function page(title: string, body: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body style="font-family:Arial,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a">
<main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

const INVALID = page('Lien invalide', '<p>Ce lien de désabonnement n’est pas valide. Vous pouvez choisir quand recevoir les actualités dans votre espace, rubrique « Actualités ».</p>');

/**
 * One-click unsubscribe from news e-mails, without signing in (RFC 8058). The link carries a
 * signed, single-purpose token (unsubscribe-token.ts); nothing about the account is shown.
 * GET shows one button (a link scanner fetching it changes nothing); POST acts — from that button,
 * or straight from the mail client through `List-Unsubscribe-Post`. POST is exempt from the CSRF
 * header like a webhook: mail clients do not send it, and the token is the proof.
 */
@Controller('api/news-mail')
export class UnsubscribeController {
  private readonly secret: string;

  constructor(
    @Inject(ENV) env: Env,
    private readonly news: NewsRepository,
    private readonly audit: AuditService,
  ) {
    this.secret = sessionSecret(env);
  }

  @Public()
  @Get('unsubscribe')
  show(@Query('token') token: string | undefined, @Res() res: Response): void {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
    if (typeof token !== 'string' || !verifyUnsubscribeToken(this.secret, token)) {
      res.status(400).type('html').send(INVALID);
      return;
    }
    res.type('html').send(page('Ne plus recevoir les actualités par courriel', `<p>Vous ne recevrez plus les actualités de l’office par courriel. Vous pourrez toujours les lire sur l’extranet, et changer d’avis dans votre espace.</p>
<form method="post" action="unsubscribe?token=${encodeURIComponent(token)}"><button type="submit">Confirmer le désabonnement</button></form>`));
  }

  @Webhook()
  @Post('unsubscribe')
  @HttpCode(200)
  async unsubscribe(@Query('token') token: string | undefined, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    const userId = typeof token === 'string' ? verifyUnsubscribeToken(this.secret, token) : null;
    if (!userId || !(await this.news.userExists(userId))) {
      res.status(400).type('html').send(INVALID);
      return;
    }
    await this.news.setPreference(userId, 'NEVER');
    await this.audit.record({ action: 'news.unsubscribe', outcome: 'SUCCESS', actorUserId: userId, detail: { via: 'link' } });
    res.type('html').send(page('Désabonnement enregistré', '<p>C’est fait : vous ne recevrez plus les actualités de l’office par courriel.</p>'));
  }
}
