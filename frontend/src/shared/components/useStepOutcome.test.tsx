import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithI18n } from '../../test/render';
import { ApiError } from '../api/client';
import { StepPage } from './StepPage';
import { useStepOutcome } from './useStepOutcome';

/** A page with one step that works or fails as told. */
function Page({ outcomes }: { outcomes: Array<'ok' | 'fail'> }) {
  const outcome = useStepOutcome();
  const taken = useRef(0);
  const step = () =>
    outcome.run(
      async () => {
        const what = outcomes[Math.min(taken.current++, outcomes.length - 1)];
        if (what === 'fail') throw new ApiError(409, { title: 'Conflict', detail: 'Someone else changed it first.' });
        return 3;
      },
      { done: (n) => ({ key: 'medialab.done.confirm', params: { mooc: `MOOC ${n}`, studio: 'A', when: 'today' } }), failed: 'medialab.failed.confirm' },
    );
  return (
    <StepPage className="page" notice={outcome.noticeElement('page-notice')} failure={outcome.failureElement('page-error')}>
      <button type="button" onClick={() => void step()}>
        Go
      </button>
    </StepPage>
  );
}

describe('useStepOutcome', () => {
  it('says what a step achieved in the live region and moves focus there', async () => {
    renderWithI18n(<Page outcomes={['ok']} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Go' }));
    const notice = await screen.findByTestId('page-notice');
    expect(notice.textContent).toContain('MOOC 3');
    expect(notice.closest('[aria-live="polite"]')).not.toBeNull();
    expect(document.activeElement).toBe(notice);
    expect(screen.queryByTestId('page-error')).toBeNull();
  });

  it('shows a failure as an alert with its title and the server’s explanation, and forgets the earlier notice', async () => {
    renderWithI18n(<Page outcomes={['ok', 'fail']} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Go' }));
    await screen.findByTestId('page-notice');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    const failure = await screen.findByTestId('page-error');
    expect(failure.getAttribute('role')).toBe('alert');
    expect(failure.textContent).toContain('Someone else changed it first.');
    expect(document.activeElement).toBe(failure);
    expect(screen.queryByTestId('page-notice')).toBeNull();
  });

  it('takes focus again when the same failure happens twice', async () => {
    renderWithI18n(<Page outcomes={['fail']} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(document.activeElement).toBe(await screen.findByTestId('page-error'));
    await user.click(screen.getByRole('button', { name: 'Go' }));
    const again = await screen.findByTestId('page-error');
    expect(document.activeElement).toBe(again);
  });
});
