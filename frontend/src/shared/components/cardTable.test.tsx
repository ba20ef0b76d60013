import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { CARD_TABLE_CLASS, useCardLabels } from './cardTable';

function Table({ heading = 'Title' }: { heading?: string }) {
  const ref = useCardLabels<HTMLTableElement>();
  const [rows, setRows] = useState(['Intro to AI']);
  return (
    <>
      <button type="button" onClick={() => setRows([...rows, 'Climate law'])}>
        more
      </button>
      <table className={`data-table ${CARD_TABLE_CLASS}`} ref={ref}>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col" colSpan={2}>
              Dates
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r}>
              <th scope="row">{r}</th>
              <td>1 May</td>
              <td>3 May</td>
              <td data-label="Do">Open</td>
            </tr>
          ))}
          <tr>
            <td colSpan={5}>That is all.</td>
          </tr>
        </tbody>
      </table>
    </>
  );
}

const labels = (row: number) =>
  Array.from(document.querySelectorAll('tbody tr')[row].children).map((cell) => cell.getAttribute('data-label'));

describe('useCardLabels', () => {
  it('labels each body cell with its column heading, keeps a cell’s own label and leaves a full-row cell alone', () => {
    render(<Table />);
    expect(labels(0)).toEqual(['Title', 'Dates', 'Dates', 'Do']);
    expect(labels(1)).toEqual([null]);
    // Roles named, so that a phone's card layout keeps the table a table for screen readers.
    expect(screen.getByRole('table')).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Title', 'Dates', 'Actions']);
    expect(screen.getByRole('rowheader', { name: 'Intro to AI' })).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(3);
  });

  it('labels rows added later and follows a heading that changes (a language switch)', async () => {
    const { rerender } = render(<Table />);
    await act(async () => screen.getByRole('button', { name: 'more' }).click());
    expect(labels(1)).toEqual(['Title', 'Dates', 'Dates', 'Do']);
    rerender(<Table heading="Titel" />);
    // The observer runs after the DOM changed.
    await act(async () => {});
    expect(labels(0)[0]).toBe('Titel');
    expect(labels(1)[0]).toBe('Titel');
    expect(labels(0)[3]).toBe('Do');
  });
});
