import { TestBed } from '@angular/core/testing';
import { TextWithLinks, linkify } from './text-with-links';

describe('linkify', () => {
  it('splits text around http(s) links and leaves trailing punctuation out', () => {
    expect(linkify('Activez votre compte : https://extranet.example/invitation?token=ab_12-Z. Merci')).toEqual([
      { text: 'Activez votre compte : ', href: null },
      { text: 'https://extranet.example/invitation?token=ab_12-Z', href: 'https://extranet.example/invitation?token=ab_12-Z' },
      { text: '. Merci', href: null },
    ]);
  });

  it('does not turn other schemes into links', () => {
    expect(linkify('javascript:alert(1) et mailto:a@b.fr')).toEqual([
      { text: 'javascript:alert(1) et mailto:a@b.fr', href: null },
    ]);
  });
});

describe('TextWithLinks', () => {
  it('renders links as anchors and markup as plain text', async () => {
    const fixture = TestBed.createComponent(TextWithLinks);
    fixture.componentRef.setInput('text', '<b>Bonjour</b>\nLien : http://localhost:3000/invitation?token=xyz');
    await fixture.whenStable();

    const element: HTMLElement = fixture.nativeElement;
    const link = element.querySelector('a');
    expect(link?.getAttribute('href')).toBe('http://localhost:3000/invitation?token=xyz');
    expect(element.querySelector('b')).toBeNull();
    expect(element.textContent).toContain('<b>Bonjour</b>');
  });
});
