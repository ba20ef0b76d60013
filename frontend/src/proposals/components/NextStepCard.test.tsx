import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../test/render';
import { NextStepCard } from './NextStepCard';

describe('NextStepCard', () => {
  it('says it is the reader’s turn in words and offers the action', async () => {
    const onSign = vi.fn();
    renderWithI18n(
      <NextStepCard who="You" mine what="You sign next." action={<button type="button" onClick={onSign}>Sign</button>} actor="HEAD" stepAction="SIGN" />,
    );
    const card = screen.getByRole('region', { name: 'What’s next' });
    expect(card.getAttribute('data-mine')).toBe('true');
    expect(card.getAttribute('data-who')).toBe('You');
    expect(card.getAttribute('data-action')).toBe('SIGN');
    expect(within(card).getByTestId('next-step-turn').textContent).toBe('Your turn');
    expect(within(card).getByTestId('next-step-text').textContent).toBe('You sign next.');
    await userEvent.setup().click(within(card).getByRole('button', { name: 'Sign' }));
    expect(onSign).toHaveBeenCalledOnce();
  });

  it('offers no action for someone else’s step, even if one is given', () => {
    renderWithI18n(
      <NextStepCard who="The study board" mine={false} what="The study board approves next." action={<button type="button">Approve</button>} />,
      'da',
    );
    const card = screen.getByRole('region', { name: 'Det næste skridt' });
    expect(card.getAttribute('data-mine')).toBe('false');
    expect(within(card).queryByTestId('next-step-turn')).toBeNull();
    expect(within(card).queryByRole('button')).toBeNull();
    expect(within(card).getByTestId('next-step-text').textContent).toBe('The study board approves next.');
  });

  it('shows a loading or failure message instead of a step', () => {
    renderWithI18n(<NextStepCard who="" mine={false} what="" status={<p>Loading…</p>} />);
    const card = screen.getByTestId('next-step');
    expect(card.getAttribute('data-mine')).toBeNull();
    expect(within(card).getByText('Loading…')).toBeTruthy();
    expect(within(card).queryByTestId('next-step-text')).toBeNull();
  });
});
