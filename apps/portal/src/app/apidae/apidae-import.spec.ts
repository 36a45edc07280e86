import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ApidaeImportReport } from '@extranet/domain/listings';
import { render } from '../../testing/apollo';
import { ApidaeData, EXPORT_URL, IMPORT_URL } from './apidae-data';
import { ApidaeImport } from './apidae-import';

const report: ApidaeImportReport = {
  created: 3,
  updated: 1,
  unchanged: 2,
  skipped: [
    { apidaeId: 4810299, name: "Croisière sur le lac d'Annecy", reason: 'Commune hors du Pays de Gex : Annecy (74010).' },
    { apidaeId: null, name: 'objets_modifies/objets_modifies-3.json', reason: 'Fichier objets_modifies/objets_modifies-3.json illisible : ce n’est pas du JSON.' },
  ],
};

async function setUp() {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), ApidaeData] });
  const fixture = TestBed.createComponent(ApidaeImport);
  await render(fixture);
  const element = fixture.nativeElement as HTMLElement;
  const input = element.querySelector<HTMLInputElement>('input[type=file]')!;
  const importButton = () => [...element.querySelectorAll('button')].find((b) => b.textContent?.includes('Importer'))!;
  const live = () => element.querySelector('[aria-live]')!.textContent!.trim();
  async function choose(file: File) {
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await render(fixture);
  }
  return { fixture, element, input, importButton, live, choose, http: TestBed.inject(HttpTestingController) };
}

describe('ApidaeImport', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('labels the file input and enables « Importer » once a file is chosen', async () => {
    const { element, input, importButton, choose } = await setUp();
    expect(element.querySelector(`label[for="${input.id}"]`)?.textContent).toContain('Fichier Apidae');
    expect(input.getAttribute('accept')).toBe('.json,.zip,application/json,application/zip');
    expect(importButton().disabled).toBe(true);
    await choose(new File(['[]'], 'objets.json', { type: 'application/json' }));
    expect(importButton().disabled).toBe(false);
  });

  it('shows the upload progress, then the server at work, then the report with each skipped object', async () => {
    const { fixture, element, importButton, live, choose, http } = await setUp();
    await choose(new File(['x'.repeat(1000)], 'export.zip', { type: 'application/zip' }));
    importButton().click();
    await render(fixture);

    const request = http.expectOne(IMPORT_URL);
    expect(request.request.method).toBe('POST');
    expect(request.request.headers.get('X-Requested-With')).toBe('XMLHttpRequest');
    expect((request.request.body as FormData).get('file')).toBeInstanceOf(File);
    expect(request.request.reportProgress).toBe(true);

    request.event({ type: HttpEventType.UploadProgress, loaded: 420, total: 1000 });
    await render(fixture);
    expect(element.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('42');
    expect(live()).toBe('Envoi du fichier\u00a0: 40 %');
    expect(importButton().disabled).toBe(true);

    request.event({ type: HttpEventType.UploadProgress, loaded: 1000, total: 1000 });
    await render(fixture);
    expect(live()).toBe('Fichier reçu\u00a0: le serveur lit les objets et met les fiches à jour…');
    expect(element.querySelector('mat-progress-bar')?.getAttribute('mode')).toBe('indeterminate');

    request.flush(report);
    await render(fixture);
    expect(live()).toBe('Import terminé\u00a0: 3 fiches créées, 1 mise à jour, 2 inchangées, 2 écartées.');
    expect(element.querySelector('mat-progress-bar')).toBeNull();
    const rows = [...element.querySelectorAll('tr.mat-mdc-row')].map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent?.trim()));
    expect(rows).toEqual([
      ['4810299', "Croisière sur le lac d'Annecy", 'Commune hors du Pays de Gex : Annecy (74010).'],
      ['—', 'objets_modifies/objets_modifies-3.json', 'Fichier objets_modifies/objets_modifies-3.json illisible : ce n’est pas du JSON.'],
    ]);
    expect(importButton().disabled).toBe(false);
  });

  it('says in French why the API refused the file, as an alert tied to the input', async () => {
    const { fixture, element, input, importButton, choose, http } = await setUp();
    await choose(new File(['nom;commune'], 'fiches.csv'));
    importButton().click();
    await render(fixture);
    const message = 'Ce fichier n’est ni du JSON ni un zip\u00a0: exportez les objets depuis Apidae au format JSON, ou envoyez le zip de l’export.';
    http.expectOne(IMPORT_URL).flush(
      { code: 'BAD_USER_INPUT', message, requestId: 'r-1', fields: [{ field: 'file', message }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await render(fixture);
    const alert = element.querySelector('[role=alert]')!;
    expect(alert.textContent?.trim()).toBe(message);
    expect(input.getAttribute('aria-errormessage')).toBe(alert.id);
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a file over 50 Mo before sending it', async () => {
    const { element, importButton, choose } = await setUp();
    const big = new File(['x'], 'export.zip');
    Object.defineProperty(big, 'size', { value: 51 * 1024 * 1024 });
    await choose(big);
    expect(element.querySelector('[role=alert]')?.textContent).toContain('Le fichier dépasse la taille maximale (50 Mo)');
    expect(importButton().disabled).toBe(true);
  });

  it('links to the export as a download', async () => {
    const { element } = await setUp();
    const link = [...element.querySelectorAll('a')].find((a) => a.textContent?.includes('Télécharger les fiches'))!;
    expect(link.getAttribute('href')).toBe(EXPORT_URL);
    expect(link.hasAttribute('download')).toBe(true);
  });
});
