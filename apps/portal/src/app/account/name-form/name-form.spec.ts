import { TestBed } from '@angular/core/testing';
import { apolloController, partnerOwner, provideApolloTesting, settle, signInAs } from '../../../testing/apollo';
import { Session } from '../../auth/session';
import { NameForm } from './name-form';

async function setUp() {
  TestBed.configureTestingModule({ providers: [provideApolloTesting()] });
  signInAs(partnerOwner());
  const fixture = TestBed.createComponent(NameForm);
  await settle(fixture);
  const element = fixture.nativeElement as HTMLElement;
  const input = element.querySelector<HTMLInputElement>('input')!;
  const type = (value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const save = async () => {
    element.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle(fixture);
  };
  return { fixture, element, input, type, save };
}

describe('NameForm', () => {
  afterEach(() => apolloController().verify());

  it('starts from the current name, saves the corrected one, and the header’s user follows', async () => {
    const { element, input, type, save } = await setUp();
    expect(input.value).toBe('Claire Martin');
    expect(element.querySelector('label')?.textContent).toContain('Nom et prénom');

    type('  Claire Martin-Dupont ');
    await save();

    const operation = apolloController().expectOne('UpdateMyName');
    expect(operation.operation.variables).toEqual({ input: { name: 'Claire Martin-Dupont' } });
    operation.flushData({ updateMyName: { ...partnerOwner(), name: 'Claire Martin-Dupont' } });
    await settle();

    expect(TestBed.inject(Session).user()?.name).toBe('Claire Martin-Dupont');
    expect(element.querySelector('[role=status]')?.textContent).toContain('Votre nom est enregistré.');
  });

  it('refuses a name hiding a bidirectional override with the shared rule, without calling the API', async () => {
    const { element, type, save } = await setUp();
    type('Claire \u202Enitram');
    await save();
    apolloController().expectNone('UpdateMyName');
    expect(element.textContent).toContain('Ce nom contient des caractères invisibles ou de contrôle');
  });

  it('shows the API’s refusal in the summary, which takes the focus', async () => {
    const { fixture, element, type, save } = await setUp();
    type('Claire M.');
    await save();
    apolloController()
      .expectOne('UpdateMyName')
      .graphqlErrors([{ message: 'Certaines informations sont invalides.', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'name', message: 'Saisissez votre nom et votre prénom.' }] } }]);
    await settle(fixture);
    const summary = element.querySelector<HTMLElement>('.error-summary')!;
    expect(summary.textContent).toContain('Nom et prénom\u00a0: Saisissez votre nom et votre prénom.');
    expect(document.activeElement).toBe(summary);
  });
});
