import { expect, type Page } from '@playwright/test';

/** The demo accounts' shared password (README). */
export const DEMO_PASSWORD = 'Pays-de-Gex-2026';

/** Signs in through the sign-in page, as a person would, and waits to leave it. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).not.toHaveURL(/connexion/);
}
