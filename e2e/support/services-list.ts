/**
 * Finding a customer in the services list as a person does with a list longer than the screen: by
 * typing its name in Search. The list renders only the rows on screen, so a row further down is not
 * in the page until it is scrolled to or searched for.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export async function searchList(page: Page, text: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search' }).fill(text);
}

/** The customer's link in the list after searching for its short name. */
export async function findCustomer(page: Page, shortName: string): Promise<Locator> {
  await searchList(page, shortName);
  const link = page.getByRole('link', { name: shortName, exact: true });
  await expect(link).toBeVisible();
  return link;
}

/** Searching for the short name finds nothing: the list says so. */
export async function expectNotListed(page: Page, shortName: string): Promise<void> {
  await searchList(page, shortName);
  await expect(page.getByRole('heading', { name: 'No customers match' })).toBeVisible();
}
