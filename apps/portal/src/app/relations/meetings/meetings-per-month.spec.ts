import { TestBed } from '@angular/core/testing';
import { MeetingsPerMonth, monthlyCounts } from './meetings-per-month';

describe('monthlyCounts', () => {
  it('gives the twelve months of the year, zero where nobody met', () => {
    const counts = monthlyCounts([{ month: '2026-03', count: 4 }, { month: '2026-11', count: 1 }, { month: '2025-03', count: 9 }], 2026);
    expect(counts).toHaveLength(12);
    expect(counts[0]).toEqual({ month: '2026-01', count: 0 });
    expect(counts[2]).toEqual({ month: '2026-03', count: 4 });
    expect(counts[10]).toEqual({ month: '2026-11', count: 1 });
    expect(counts.reduce((s, c) => s + c.count, 0)).toBe(5);
  });
});

describe('MeetingsPerMonth', () => {
  // jsdom has no canvas: Chart.js gets no context and draws nothing (the table carries the figures).
  beforeAll(() => {
    HTMLCanvasElement.prototype.getContext = (() => null) as never;
  });

  it('draws the chart as an image described by the table of the same figures', () => {
    const fixture = TestBed.createComponent(MeetingsPerMonth);
    fixture.componentRef.setInput('rows', [{ month: '2026-03', count: 4 }]);
    fixture.componentRef.setInput('year', 2026);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('canvas')?.getAttribute('role')).toBe('img');
    expect(element.querySelector('canvas')?.getAttribute('aria-label')).toContain('détail dans le tableau');
    const rows = [...element.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()));
    expect(rows).toHaveLength(12);
    expect(rows[2]).toEqual(['Mars', '4']);
    expect(element.textContent).toContain('4 rendez-vous confirmés en 2026.');
  });
});
