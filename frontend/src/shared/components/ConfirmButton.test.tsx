import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../test/render';
import { ConfirmButton } from './ConfirmButton';

function renderRow(onConfirm = vi.fn(), language: 'en' | 'da' = 'en') {
  renderWithI18n(
    <div className="actions" data-testid="row">
      <button type="button">Edit</button>
      <ConfirmButton question="Remove notes.pdf?" onConfirm={onConfirm} testId="remove">
        Remove
      </ConfirmButton>
      <button type="button">Download</button>
    </div>,
    language,
  );
  return onConfirm;
}

describe('ConfirmButton', () => {
  it('asks in its own place in the row, with focus on the confirming button, and acts only when confirmed', async () => {
    const onConfirm = renderRow();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    expect(onConfirm).not.toHaveBeenCalled();

    const group = screen.getByRole('group', { name: 'Remove notes.pdf?' });
    // The question stands where the button stood: between Edit and Download, not in a block of its own below the row.
    const row = screen.getByTestId('row');
    expect(Array.from(row.children).map((c) => c.textContent)).toEqual(['Edit', 'Remove notes.pdf?RemoveCancel', 'Download']);
    expect(group.tagName).toBe('SPAN');
    expect(document.activeElement).toBe(screen.getByTestId('remove-confirm'));

    await user.click(screen.getByTestId('remove-confirm'));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('remove'));
  });

  it('cancels with its Cancel button or Escape, and gives focus back to the button', async () => {
    const onConfirm = renderRow(vi.fn(), 'da');
    const user = userEvent.setup();
    await user.click(screen.getByTestId('remove'));
    await user.click(screen.getByRole('button', { name: 'Annuller' }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('remove'));

    await user.keyboard('{Enter}');
    expect(screen.getByRole('group')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('remove'));
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('names its confirming and cancelling buttons as the page’s tests know them, when told', async () => {
    const onConfirm = vi.fn();
    renderWithI18n(
      <ConfirmButton question="Submit it?" onConfirm={onConfirm} testId="submit" confirmTestId="confirm-submit" cancelTestId="cancel-submit">
        Submit
      </ConfirmButton>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByTestId('submit'));
    expect(screen.queryByTestId('submit-confirm')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('confirm-submit'));
    await user.click(screen.getByTestId('cancel-submit'));
    expect(onConfirm).not.toHaveBeenCalled();
    await user.click(screen.getByTestId('submit'));
    await user.click(screen.getByTestId('confirm-submit'));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
