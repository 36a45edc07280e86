import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { displayedText, doubleQuotedLiterals, typographyProblems } from './typography';

const APP = join(__dirname, '..');

/**
 * The parts of the portal whose displayed text is held to French typography. Each feature joins
 * the list once its texts are fixed (listings, review, committee, tax, packs, relations, outbox,
 * organisation, admin and apidae are not yet).
 */
const CHECKED = ['app.html', 'app.ts', 'shared', 'team', 'account', 'home', 'auth', 'not-found', 'legal', 'directory'];

function sources(path: string): string[] {
  const full = join(APP, path);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full).flatMap((name) => sources(join(path, name)));
}

function problemsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const templates = file.endsWith('.html') ? [source] : [...source.matchAll(/template: `([\s\S]*?)`,\n/g)].map((m) => m[1]!);
  const texts = [...templates.flatMap(displayedText), ...(file.endsWith('.ts') ? doubleQuotedLiterals(source) : [])];
  return texts.flatMap((text) => typographyProblems(text).map((problem) => `${relative(APP, file)}: ${problem} in « ${text} »`));
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
  ])('%j → %j', (text, expected) => {
    expect(typographyProblems(text)).toEqual(expected);
  });

  it('reads the text of a template, not its bindings', () => {
    expect(displayedText(`<p>Bonjour {{ user.name }} !</p>\n@if (a) {<a aria-label="Ouvrir l'aide">x</a>}`)).toEqual(['Bonjour   !', 'x', "Ouvrir l'aide"]);
  });

  it('finds no straight apostrophe nor missing non-breaking space in the checked parts of the portal', () => {
    const files = CHECKED.flatMap(sources).filter((f) => /\.(html|ts)$/.test(f) && !/\.(spec|generated)\.ts$/.test(f));
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap(problemsOf)).toEqual([]);
  });
});
