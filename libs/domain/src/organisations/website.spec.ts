import { MAX_WEBSITE_LENGTH, normaliseWebsite } from './website.js';

describe('normaliseWebsite', () => {
  it.each([
    ['https://www.paysdegex-montsjura.com', 'https://www.paysdegex-montsjura.com'],
    ['www.hotel-du-lac.fr', 'https://www.hotel-du-lac.fr'],
    ['hotel-du-lac.fr/chambres?lang=fr', 'https://hotel-du-lac.fr/chambres?lang=fr'],
    ['http://camping-gex.fr', 'http://camping-gex.fr'],
    ['  HTTPS://WWW.Gex.FR/Accueil ', 'https://www.gex.fr/Accueil'],
    ['https://gîte-lélex.fr', 'https://gîte-lélex.fr'],
    ['https://localhost.example:8080/', 'https://localhost.example:8080/'],
  ])('%p -> %p', (raw, expected) => {
    expect(normaliseWebsite(raw)).toBe(expected);
  });

  it.each([
    ['ftp://files.gex.fr', 'not http(s)'],
    ['javascript:alert(1)', 'script URL'],
    ['https://localhost', 'single-label host'],
    ['https://gex', 'no top-level domain'],
    ['https://-gex.fr', 'label starting with a hyphen'],
    ['https://gex.fr/a b', 'space in the path'],
    ['mon site', 'not an address'],
    [`https://gex.fr/${'a'.repeat(MAX_WEBSITE_LENGTH)}`, 'too long'],
  ])('refuses %p (%s)', (raw) => {
    expect(normaliseWebsite(raw)).toBeNull();
  });
});
