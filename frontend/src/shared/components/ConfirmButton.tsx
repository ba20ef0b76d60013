import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';

interface Props {
  /** The button's text ("Remove"). */
  children: ReactNode;
  /** The short question asked in its place ("Remove notes.pdf?"). */
  question: string;
  /** The confirming button's text; the button's own when not given. */
  confirmLabel?: ReactNode;
  /** "Cancel" when not given. */
  cancelLabel?: string;
  onConfirm: () => void;
  disabled?: boolean;
  /** The first button's look; the confirming one is always the primary button. */
  variant?: 'primary' | 'secondary';
  small?: boolean;
  id?: string;
  /** The button's test id; its confirming and cancelling buttons get `-confirm` and `-cancel` appended. */
  testId?: string;
  /** Test ids of the confirming and cancelling buttons where tests already know them by other names. */
  confirmTestId?: string;
  cancelTestId?: string;
}

/**
 * A button that asks before it acts, in its own place: the question and its two buttons stand where the button
 * stood, so a row of buttons (or a table cell) keeps its shape. Focus goes to the confirming button and back to the
 * button on cancel; Escape cancels.
 */
export function ConfirmButton({
  children,
  question,
  confirmLabel,
  cancelLabel,
  onConfirm,
  disabled,
  variant = 'secondary',
  small = true,
  id,
  testId,
  confirmTestId,
  cancelTestId,
}: Props) {
  const { t } = useI18n();
  const questionId = useId();
  const [asking, setAsking] = useState(false);
  // Where focus goes after the next render: the confirming button when asking starts, the button when it ends.
  const focusNext = useRef<'confirm' | 'trigger' | null>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const target = focusNext.current === 'confirm' ? confirmRef.current : focusNext.current === 'trigger' ? triggerRef.current : null;
    focusNext.current = null;
    target?.focus();
  }, [asking]);

  const size = small ? ' button-small' : '';
  const ask = () => {
    focusNext.current = 'confirm';
    setAsking(true);
  };
  const stop = () => {
    focusNext.current = 'trigger';
    setAsking(false);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      stop();
    }
  };

  if (!asking) {
    return (
      <button
        ref={triggerRef}
        type="button"
        id={id}
        className={`button${size}${variant === 'secondary' ? ' button-secondary' : ''}`}
        onClick={ask}
        disabled={disabled}
        data-testid={testId}
      >
        {children}
      </button>
    );
  }
  return (
    <span className="confirm-inline" role="group" aria-labelledby={questionId} onKeyDown={onKeyDown} data-testid={testId && `${testId}-group`}>
      <span className="confirm-inline-question" id={questionId}>
        {question}
      </span>
      <span className="confirm-inline-buttons">
        <button
          ref={confirmRef}
          type="button"
          className={`button${size}`}
          disabled={disabled}
          onClick={() => {
            stop();
            onConfirm();
          }}
          data-testid={confirmTestId ?? (testId && `${testId}-confirm`)}
        >
          {confirmLabel ?? children}
        </button>
        <button type="button" className={`button${size} button-secondary`} onClick={stop} data-testid={cancelTestId ?? (testId && `${testId}-cancel`)}>
          {cancelLabel ?? t('confirm.cancel')}
        </button>
      </span>
    </span>
  );
}
