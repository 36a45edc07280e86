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

/**
 * Follows a link by its name as a person would: the visible one when there is one (the header row,
 * the page), otherwise from the header's « Menu » button, where phones find the navigation.
 */
export async function followLink(page: Page, name: string): Promise<void> {
  const visible = page.getByRole('link', { name, exact: true }).filter({ visible: true });
  if ((await visible.count()) > 0) {
    await visible.first().click();
    return;
  }
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('region', { name: 'Menu' }).getByRole('link', { name, exact: true }).click();
}
