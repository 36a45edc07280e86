import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TableScroll } from './table-scroll';

const APP = join(__dirname, '..');

function sources(full: string): string[] {
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full).flatMap((name) => sources(join(full, name)));
}

/** The tables of a template (or of a component's source) whose parent is not an `appTableScroll` box. */
function unwrappedTables(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/<table\b/g)]
    .filter((m) => {
      const before = source.slice(0, m.index).replace(/<!--[\s\S]*?-->/g, '');
      const parent = before.match(/<([a-z][\w-]*)\b(?:[^>"]|"[^"]*")*>\s*$/i);
      return !parent || !/\[?appTableScroll\]?=/.test(parent[0]);
    })
    .map((m) => `${relative(APP, file)}:${source.slice(0, m.index).split('\n').length}`);
}

@Component({
  imports: [TableScroll],
  template: `<div [appTableScroll]="'Fiches de ' + name"><table><caption>Fiches</caption></table></div>`,
})
class Host {
  name = 'l’organisation';
}

describe('TableScroll', () => {
  it('makes the box around a table a named region reachable with Tab, scrolling sideways on its own', () => {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const box = (fixture.nativeElement as HTMLElement).querySelector('div')!;
    expect(box.getAttribute('role')).toBe('region');
    expect(box.getAttribute('tabindex')).toBe('0');
    expect(box.getAttribute('aria-label')).toBe('Fiches de l’organisation');
    expect(box.classList).toContain('table-scroll');
  });

  it('wraps every table of the portal, so none widens the page on a phone', () => {
    const files = sources(APP).filter((f) => /\.(html|ts)$/.test(f) && !/\.spec\.ts$/.test(f));
    const tables = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/<table\b/g)]);
    expect(tables.length).toBeGreaterThan(15);
    expect(files.flatMap(unwrappedTables)).toEqual([]);
  });
});
