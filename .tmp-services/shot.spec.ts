import { expect, test } from '@playwright/test';

test('screens', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await expect(page.getByRole('table', { name: 'Customers' })).toBeVisible({ timeout: 60_000 });
  await page.screenshot({ path: '/tmp/services-1.png' });
  const rowCount = await page.locator('[role=row][data-row-index]').count();
  const rowcount = await page.getByRole('table', { name: 'Customers' }).getAttribute('aria-rowcount');
  console.log('rows in DOM', rowCount, 'aria-rowcount', rowcount);
  // Typing latency
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.click();
  const t0 = Date.now();
  await box.pressSequentially('contoso 1', { delay: 30 });
  await expect(page.getByRole('status').filter({ hasText: /of/ })).toBeVisible();
  console.log('typing ms', Date.now() - t0);
  const t1 = Date.now();
  await page.getByRole('columnheader', { name: 'Full name' }).getByRole('button').click();
  await expect(page.getByRole('columnheader', { name: 'Full name' })).toHaveAttribute('aria-sort', 'ascending');
  console.log('sort ms', Date.now() - t1);
  await page.screenshot({ path: '/tmp/services-2.png' });
  await box.fill('');
  await page.locator('[role=row][data-row-index="0"]').focus();
  await page.keyboard.press('End');
  await expect(page.locator('[role=row][aria-rowindex]:focus')).toBeVisible();
  console.log('focused', await page.evaluate(() => document.activeElement?.getAttribute('aria-rowindex')));
  console.log('rows in DOM after End', await page.locator('[role=row][data-row-index]').count());
  await page.getByRole('button', { name: 'Compact rows' }).click();
  await page.screenshot({ path: '/tmp/services-3.png' });
  await page.getByRole('combobox', { name: /License type/ }).click();
  await page.screenshot({ path: '/tmp/services-4.png' });
});
