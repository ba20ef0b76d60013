import { expect } from 'vitest';

/**
 * Asserts that a table becomes cards on a phone: it carries the `table-cards` class and every body cell is labelled
 * with its column's heading (what the card shows before the cell's value). Returns the first row's labels.
 */
export function expectCardTable(table: HTMLElement): string[] {
  expect(table.classList.contains('table-cards')).toBe(true);
  const headings = [...table.querySelectorAll('thead th')].map((th) => (th.textContent ?? '').trim());
  expect(headings.length).toBeGreaterThan(0);
  const rows = [...table.querySelectorAll('tbody > tr')] as HTMLTableRowElement[];
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    const cells = [...row.cells].filter((c) => c.colSpan < headings.length);
    expect(cells.map((c) => c.getAttribute('data-label'))).toEqual(headings.slice(0, cells.length));
  }
  return [...rows[0].cells].map((c) => c.getAttribute('data-label') ?? '');
}
