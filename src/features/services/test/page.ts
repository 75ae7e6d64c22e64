/** Queries for the services page, the way a person reads it. */
import { screen, within } from '@testing-library/react';

export const table = () => screen.getByRole('table', { name: 'Customers' });
export const findTable = () => screen.findByRole('table', { name: 'Customers' });

/** Body rows (the header row left out). */
export const bodyRows = () => within(table()).getAllByRole('row').slice(1);

export const columnTexts = (column: number) =>
  bodyRows().map((row) => within(row).getAllByRole('cell')[column]?.textContent ?? '');

export const shortNames = () => columnTexts(0);

export const rowOf = (shortName: string) => {
  const row = bodyRows().find((r) => within(r).queryByRole('link', { name: shortName }));
  if (!row) throw new Error(`no row for ${shortName}`);
  return row;
};

export const searchBox = () => screen.getByRole('searchbox', { name: 'Search' });
export const licenseSelect = () => screen.getByRole('combobox', { name: /License type/ });
