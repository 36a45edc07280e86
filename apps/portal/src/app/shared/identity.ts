/**
 * The office's identity as the portal shows it: name, logo and contact in the header, the footer
 * and the legal pages. Colours are in `src/theme.scss`; the logo file is `public/logo.svg`.
 * An office installing the extranet edits these three places and nothing else.
 */
export const OFFICE_IDENTITY = {
  /** Shown beside the logo in the header. */
  shortName: 'Extranet partenaires',
  name: 'Office de Tourisme Intercommunal du Pays de Gex',
  logoUrl: 'logo.svg',
  address: ['Office de Tourisme Intercommunal du Pays de Gex', '135 rue de Genève', '01170 Gex'],
  phone: '04 50 28 09 16',
  phoneHref: 'tel:+33450280916',
  email: 'partenaires@paysdegex-tourisme.fr',
  /** Publisher and host named in the legal notice. */
  publicationDirector: 'La directrice de l’Office de Tourisme Intercommunal du Pays de Gex',
  host: 'Hébergé sur les serveurs de l’Office de Tourisme, 135 rue de Genève, 01170 Gex',
} as const;
