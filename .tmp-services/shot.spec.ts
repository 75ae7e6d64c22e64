import { expect, test } from '@playwright/test';
test('screens', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?sort=-activeUserCount');
  await expect(page.getByRole('table', { name: 'Customers' })).toBeVisible({ timeout: 60_000 });
  await page.screenshot({ path: '/tmp/services-1.png' });
  await page.getByRole('searchbox', { name: 'Search' }).fill('zzzz');
  await expect(page.getByText('No customers match')).toBeVisible();
  await page.screenshot({ path: '/tmp/services-2.png' });
  await page.setViewportSize({ width: 800, height: 900 });
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.locator('[role=row][data-row-index="1"]').focus();
  await page.screenshot({ path: '/tmp/services-3.png' });
});
