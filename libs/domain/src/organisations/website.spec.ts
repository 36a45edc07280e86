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
    ['https://gex.fr/page#section-2', 'https://gex.fr/page#section-2'],
    ['https://gex.fr/recherche?q=caf%C3%A9&p=2', 'https://gex.fr/recherche?q=caf%C3%A9&p=2'],
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
    ['https://gex.fr/"onmouseover="alert(1)', 'a double quote'],
    ["https://gex.fr/'x", 'a single quote'],
    ['https://gex.fr/<script>', 'angle brackets'],
    ['https://gex.fr/a\\b', 'a backslash'],
    ['https://gex.fr/\u202Egnp.exe', 'a bidi override'],
    ['https://gex.fr/a\u200Bb', 'a zero-width space'],
    ['https://gex.fr:99999/', 'port out of range'],
    ['https://user:pass@gex.fr', 'credentials in the address'],
    ['https://gex.fr@evil.example', 'a host hidden behind @'],
    ['data:text/html,<script>alert(1)</script>', 'data URL'],
    [`https://gex.fr/${'a'.repeat(MAX_WEBSITE_LENGTH)}`, 'too long'],
  ])('refuses %p (%s)', (raw) => {
    expect(normaliseWebsite(raw)).toBeNull();
  });
});
