import { renderMinutes } from './minutes.js';

describe('renderMinutes', () => {
  it.each([
    ['# Titre', '<h2>Titre</h2>'],
    ['**gras** et *italique*', '<p><strong>gras</strong> et <em>italique</em></p>'],
    ['- un\n- deux', '<li>un</li>'],
    ['[site](https://www.paysdegex-montsjura.com)', '<a href="https://www.paysdegex-montsjura.com" rel="noopener noreferrer nofollow">site</a>'],
  ])('renders %j', (input, expected) => {
    expect(renderMinutes(input)).toContain(expected);
  });

  it.each([
    ['<script>alert(1)</script>', /<script/],
    ['<img src=x onerror=alert(1)>', /<img/],
    ['![x](javascript:alert(1))', /<img|javascript/],
    ['[clic](javascript:alert(1))', /<a |javascript:/],
    ['<a href="javascript:alert(1)">x</a>', /<a /],
    ['<div onmouseover="alert(1)">x</div>', /<div/],
  ])('neutralises %j', (input, forbidden) => {
    expect(renderMinutes(input)).not.toMatch(forbidden);
  });
});
