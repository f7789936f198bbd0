import type { Locator, Page } from 'playwright-core';

/** Types into a searchable Mantine Select (or MultiSelect) and picks the option containing `option`. */
export async function choose(page: Page, field: Locator, search: string, option: string) {
  await field.click();
  await field.fill(search);
  await page.getByRole('option', { name: option }).first().click();
}

/** Opens a Mantine Select that is not searchable and picks the option named exactly `option`. */
export async function pick(page: Page, field: Locator, option: string) {
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The texts of the elements an input names in aria-describedby: where its error is shown. */
export async function descriptionsOf(page: Page, input: Locator): Promise<string[]> {
  const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
  return Promise.all(
    describedBy
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).innerText()),
  );
}
