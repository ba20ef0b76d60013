import { useCallback, useRef } from 'react';

/**
 * Tables that become cards on a phone: a table opts in with the class `table-cards`; under 600 px each row is a
 * card and each cell shows its column's heading before it, read from the cell's `data-label`.
 */
export const CARD_TABLE_CLASS = 'table-cards';

/** The text of each column's heading, by column index, allowing for headings that span columns. */
function columnHeadings(table: HTMLTableElement): string[] {
  const row = table.tHead?.rows[table.tHead.rows.length - 1];
  if (!row) return [];
  const headings: string[] = [];
  for (const cell of Array.from(row.cells)) {
    const text = (cell.getAttribute('data-label') ?? cell.textContent ?? '').trim();
    for (let i = 0; i < cell.colSpan; i++) headings.push(text);
  }
  return headings;
}

/**
 * Names the table's parts' roles explicitly: some browsers drop a table's semantics when CSS shows its rows as
 * blocks (the cards), and screen readers then read a flat list of text.
 */
function keepTableRoles(table: HTMLTableElement): void {
  const set = (el: Element, role: string) => el.getAttribute('role') === role || el.setAttribute('role', role);
  set(table, 'table');
  for (const group of Array.from(table.querySelectorAll(':scope > thead, :scope > tbody, :scope > tfoot'))) set(group, 'rowgroup');
  for (const row of Array.from(table.rows)) {
    set(row, 'row');
    for (const cell of Array.from(row.cells)) {
      const inHead = row.parentElement?.tagName === 'THEAD';
      if (cell.tagName === 'TD') set(cell, 'cell');
      else set(cell, inHead || cell.getAttribute('scope') === 'col' ? 'columnheader' : 'rowheader');
    }
  }
}

/**
 * Gives every body cell without a `data-label` its column's heading. Cells that set their own label keep it; a
 * cell spanning the whole row (a note, an empty list) gets none.
 */
export function labelCells(table: HTMLTableElement): void {
  keepTableRoles(table);
  const headings = columnHeadings(table);
  if (headings.length === 0) return;
  for (const body of Array.from(table.tBodies)) {
    for (const row of Array.from(body.rows)) {
      let column = 0;
      for (const cell of Array.from(row.cells)) {
        const heading = headings[column];
        // Labels set here are marked, so that they follow the headings (a language switch); a cell's own stays.
        const own = cell.hasAttribute('data-label') && !cell.hasAttribute('data-label-auto');
        if (!own && heading && cell.colSpan < headings.length && cell.getAttribute('data-label') !== heading) {
          cell.setAttribute('data-label', heading);
          cell.setAttribute('data-label-auto', '');
        }
        column += cell.colSpan;
      }
    }
  }
}

/**
 * A ref for a `table-cards` table that labels its cells from its headings, and again whenever rows or headings
 * change (a row component re-rendering on its own, the language switching).
 */
export function useCardLabels<T extends HTMLTableElement>(): (table: T | null) => void {
  const observer = useRef<MutationObserver | null>(null);
  return useCallback((table: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!table) return;
    labelCells(table);
    observer.current = new MutationObserver(() => labelCells(table));
    observer.current.observe(table, { childList: true, subtree: true, characterData: true });
  }, []);
}
