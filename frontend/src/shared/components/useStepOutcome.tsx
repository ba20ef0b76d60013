import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { errorMessage } from '../api/errorMessage';
import { renderMessage, type Message } from '../i18n/message';
import type { MessageKey } from '../i18n/translate';
import { useI18n } from '../i18n/useI18n';
import { useFocusWhenShown } from './useFocusWhenShown';

/** What the last step said: a notice when it worked, a failure (its title and the error) when it did not. */
export interface StepOutcome {
  notice: { message: Message; n: number } | null;
  failure: { title: MessageKey; error: unknown; n: number } | null;
  /** Forget what the last step said (before the next one starts). */
  clear: () => void;
  /** The step worked: say so in the polite live region; the notice takes focus. */
  succeed: (message: Message) => void;
  /** The step failed: an alert with the title and the server's explanation takes focus. */
  fail: (title: MessageKey, error: unknown) => void;
  /**
   * Runs a step: clears what the last one said, then says `done` (or what it gives for the step's result) when it
   * resolves, or fails with `failed` when it rejects. Resolves to the step's result, or undefined when it failed.
   */
  run: <T>(step: () => Promise<T>, words: { done: Message | ((result: T) => Message | null); failed: MessageKey }) => Promise<T | undefined>;
  /** The notice and the failure as elements, for a {@link StepPage}'s `notice` and `failure`. */
  noticeElement: (testId: string) => ReactNode;
  failureElement: (testId: string) => ReactNode;
}

/**
 * One page's steps, notices and failures. Each notice and failure carries a counter, so that the same words said
 * twice (the same step taken twice) still move focus and are announced again.
 */
export function useStepOutcome(): StepOutcome {
  const { t, locale } = useI18n();
  const [notice, setNotice] = useState<StepOutcome['notice']>(null);
  const [failure, setFailure] = useState<StepOutcome['failure']>(null);
  const noticeRef = useFocusWhenShown<HTMLParagraphElement>(notice);
  const failureRef = useFocusWhenShown<HTMLDivElement>(failure);

  const clear = useCallback(() => {
    setNotice(null);
    setFailure(null);
  }, []);
  const succeed = useCallback((message: Message) => {
    setFailure(null);
    setNotice((n) => ({ message, n: (n?.n ?? 0) + 1 }));
  }, []);
  const fail = useCallback((title: MessageKey, error: unknown) => {
    setNotice(null);
    setFailure((f) => ({ title, error, n: (f?.n ?? 0) + 1 }));
  }, []);

  const run = useCallback(
    async <T,>(step: () => Promise<T>, words: { done: Message | ((result: T) => Message | null); failed: MessageKey }) => {
      clear();
      try {
        const result = await step();
        const message = typeof words.done === 'function' ? words.done(result) : words.done;
        if (message) succeed(message);
        return result;
      } catch (error) {
        fail(words.failed, error);
        return undefined;
      }
    },
    [clear, succeed, fail],
  );

  return useMemo(
    () => ({
      notice,
      failure,
      clear,
      succeed,
      fail,
      run,
      noticeElement: (testId: string) =>
        notice && (
          <p ref={noticeRef} tabIndex={-1} className="alert alert-success" data-testid={testId}>
            {renderMessage(t, notice.message, locale)}
          </p>
        ),
      failureElement: (testId: string) =>
        failure && (
          <div className="alert alert-error" role="alert" tabIndex={-1} ref={failureRef} data-testid={testId}>
            <p className="alert-title">
              <strong>{t(failure.title)}</strong>
            </p>
            <p>{errorMessage(t, failure.error)}</p>
          </div>
        ),
    }),
    [notice, failure, clear, succeed, fail, run, noticeRef, failureRef, t, locale],
  );
}
