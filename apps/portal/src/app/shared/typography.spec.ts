import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { displayedText, scriptTexts, typographyProblems } from './typography';

const APP = join(__dirname, '..');
const ROOT = join(APP, '..', '..', '..', '..');

const API = join(ROOT, 'apps/api/src');

/** The API's e-mails (every `*mail*.ts` source and the shared templates) and its PDF letters. */
function apiTexts(): string[] {
  const mails = sources(API).filter((f) => /mail[^/]*\.ts$/i.test(relative(API, f)) && !relative(API, f).startsWith('generated'));
  return [...mails, join(API, 'mail/templates.ts'), join(API, 'tourist-tax/tax-receipt.ts'), join(API, 'tourist-tax/tax-requests.service.ts'), join(API, 'packs/invoice-document.ts')];
}

/**
 * Every part of the portal, the domain's messages (shown on the portal's forms and in the API's
 * answers), the API's error table, its e-mails and its PDF letters are held to French typography.
 */
const SCANNED = [APP, join(ROOT, 'libs/domain/src'), join(API, 'common/errors/error-table.ts'), ...apiTexts()];


function sources(full: string): string[] {
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full).flatMap((name) => sources(join(full, name)));
}

/** This test's own tooling: it names the problems in English, between « ». */
const TOOLING = join(APP, 'shared', 'typography.ts');

function problemsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const texts = file.endsWith('.html') ? displayedText(source) : scriptTexts(source);
  return texts.flatMap((text) => typographyProblems(text).map((problem) => `${relative(ROOT, file)}: ${problem} in « ${text} »`));
}

describe('French typography', () => {
  it.each<[string, string[]]>([
    ['Bonjour Claire', []],
    ["Retour à l'accueil", ['straight apostrophe']],
    ['Retour à l’accueil', []],
    ['Votre rôle : Responsable', ['breaking space before : ; ? !']],
    ['Votre rôle\u00a0: Responsable', []],
    ['Annuler\u00a0?', []],
    ['Annuler?', ['no space before : ; ? !']],
    ['le bouton « Menu »', ['no non-breaking space inside « »']],
    ['le bouton «\u00a0Menu\u00a0»', []],
    ['voir https://exemple.fr/a:b', []],
    ['à 12:30', []],
    ['3 membre(s) sur 20', ['« (s) » instead of a singular or a plural']],
  ])('%j → %j', (text, expected) => {
    expect(typographyProblems(text)).toEqual(expected);
  });

  it('reads the text of a template, not its bindings', () => {
    expect(displayedText(`<p>Bonjour {{ user.name }} !</p>\n@if (a) {<a aria-label="Ouvrir l'aide">x</a>}`)).toEqual(['Bonjour   !', 'x', "Ouvrir l'aide"]);
  });

  it('reads the prose literals of a template’s bindings', () => {
    const template = `<h2>{{ e ? 'Modifier « ' + t + ' »' : 'Nouvelle action' }}</h2><p [attr.aria-label]="'Graphique : ' + y">{{ d | date: 'longDate' }}</p>`;
    expect(displayedText(template)).toEqual(['Modifier « ', ' »', 'Nouvelle action', 'Graphique : ']);
  });

  it('reads the inline template and the prose literals of a script, not its code', () => {
    const source = [
      "import { x } from 'l\'import';",
      '@Component({ selector: \'app-x\', template: `<h1>Journal d\'audit</h1>`, styles: `a { color: red; }` })',
      "const a = 'Enregistré : merci !';",
      'const b = `${n} résultat pour « ${q} ».`;',
      "const c = 'user.roles';",
      "throw new RangeError(`${siret} falls under La Poste's rule`);",
      'const d = gql`query Q { me { id } }`;',
      'this.logger.warn(`database unreachable: ${String(error)}; retrying`);',
    ].join('\n');
    expect(scriptTexts(source)).toEqual(["Journal d'audit", 'Enregistré : merci !', ' résultat pour « ', ' ».']);
  });

  it('finds no straight apostrophe nor missing non-breaking space in the portal, the domain messages and the error table', () => {
    const files = SCANNED.flatMap(sources).filter((f) => /\.(html|ts)$/.test(f) && !/\.(spec|generated)\.ts$/.test(f) && f !== TOOLING);
    expect(files.length).toBeGreaterThan(180);
    expect(files.flatMap(problemsOf)).toEqual([]);
  });
});
