import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../test/render';
import { Pagination } from './Pagination';

describe('Pagination', () => {
  it('counts the pages of an exact total and stops at the last', async () => {
    const onChange = vi.fn();
    renderWithI18n(<Pagination page={2} size={20} total={42} totalExact onChange={onChange} label="Productions" />);
    expect(screen.getByRole('navigation', { name: 'Pages: Productions' })).toBeTruthy();
    expect(screen.getByText('Page 3 of 3')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next page' }).hasAttribute('disabled')).toBe(true);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Previous page' }));
    expect(onChange).toHaveBeenCalledWith(1);
  });

  it('hides itself when an exact total fits on one page', () => {
    renderWithI18n(<Pagination page={0} size={20} total={20} onChange={vi.fn()} label="Courses" />);
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('says "more than" when the list stopped counting, and always offers the next page', async () => {
    const onChange = vi.fn();
    // the list counted 1,000 past the first item of page 1 of 30 (items 30-1,029) and more match: at least 35 pages
    renderWithI18n(
      <Pagination page={1} size={30} total={1030} totalExact={false} onChange={onChange} label="Proposals" />,
    );
    expect(screen.getByText('Page 2 of more than 34')).toBeTruthy();
    const next = screen.getByRole('button', { name: 'Next page' });
    expect(next.hasAttribute('disabled')).toBe(false);
    await userEvent.setup().click(next);
    expect(onChange).toHaveBeenCalledWith(2);
  });

  it('says it in Danish too', () => {
    renderWithI18n(
      <Pagination page={0} size={20} total={1000} totalExact={false} onChange={vi.fn()} label="Forslag" />,
      'da',
    );
    expect(screen.getByText('Side 1 af mere end 50')).toBeTruthy();
  });
});
