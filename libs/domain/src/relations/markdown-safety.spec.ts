import { markdownProblem } from './markdown-safety.js';

describe('markdownProblem', () => {
  it.each([
    ['plain Markdown', '## Chiffres\n\nLa fréquentation a **augmenté** de 8 %. [Le rapport](https://www.paysdegex-tourisme.com/rapport.pdf)'],
    ['a mailto link', 'Écrivez à [l’office](mailto:partenaires@example.fr).'],
    ['the word javascript without a colon', 'Une formation JavaScript pour votre site.'],
    ['an image', '![Le col de la Faucille](https://example.fr/faucille.jpg)'],
  ])('accepts %s', (_case, text) => {
    expect(markdownProblem(text)).toBeNull();
  });

  it.each([
    ['a script tag', 'Bonjour <script>alert(1)</script>', 'script'],
    ['a script tag with spaces and capitals', '< SCRIPT src="x.js">', 'script'],
    ['a javascript: link', '[Cliquez](javascript:alert(1))', 'javascript'],
    ['a javascript: autolink', '<javascript:alert(1)>', 'javascript'],
    ['a javascript: reference definition', '[x]: JavaScript:alert(1)', 'javascript'],
    ['a scheme written with entities', '[x](jav&#x61;script&colon;alert(1))', 'javascript'],
    ['a scheme broken by a tab', '[x](java\tscript:alert(1))', 'javascript'],
    ['an href in raw HTML', '<a href="javascript:alert(1)">x</a>', 'javascript'],
    ['a vbscript link', '[x](vbscript:msgbox)', 'javascript'],
    ['an event handler', '<img src=x onerror=alert(1)>', 'on…'],
  ])('refuses %s', (_case, text, word) => {
    expect(markdownProblem(text)).toContain(word);
  });
});
