import { useState, type FormEvent } from 'react';
import { ApiError } from '../../shared/api/client';
import { errorMessage } from '../../shared/api/errorMessage';
import { can } from '../../shared/api/permissions';
import { useAddAttachment, useAttachments, useDownloadAttachment, useRemoveAttachment } from '../api/queries';
import type { Attachment, Proposal } from '../api/types';
import { formatDateTime, formatFileSize } from '../../shared/i18n/format';
import { renderMessage, type Message } from '../../shared/i18n/message';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { ErrorAlert } from '../../shared/components/Alert';
import {
  ATTACHMENT_ACCEPT,
  checkAttachment,
  formatAttachmentType,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  saveBlob,
  uploadMediaType,
} from './attachmentFiles';
import { ConfirmButton } from '../../shared/components/ConfirmButton';
import { Field } from '../../shared/components/FormField';
import { useFocusWhenShown } from '../../shared/components/useFocusWhenShown';
import { useStepOutcome } from '../../shared/components/useStepOutcome';
import { Skeleton } from '../../shared/components/Skeleton';

const HEADING_ID = 'section-attachments-heading';
const FILE_ID = 'attachment-file';

type Action = 'upload' | 'remove' | 'download';

const FAILED: Record<Action, MessageKey> = {
  upload: 'attachments.failed.upload',
  remove: 'attachments.failed.remove',
  download: 'attachments.failed.download',
};

/** The browser refused the chosen file before uploading it; the message is rendered when shown (a language switch). */
class FileRefusal {
  readonly message: Message;
  constructor(message: Message) {
    this.message = message;
  }
}

/**
 * Whether the file itself was refused – by the browser, or by the server: too large, a type it does not take, or an
 * invalid name or content. Such a problem is shown at the file input too.
 */
function isFileProblem(error: unknown): boolean {
  if (error instanceof FileRefusal) return true;
  if (!(error instanceof ApiError)) return false;
  if (error.status === 413 || error.status === 415) return true;
  return error.status === 400 && error.fieldErrors.some((f) => /(^|\.)(name|file)$/.test(f.field));
}

/** Changing the files changes the content hash: the head's signature (not the board's approval) becomes void. */
function changeVoidsSignature(p: Proposal): boolean {
  return p.status === 'ENDORSEMENT' || p.headSignature?.state === 'SIGNED';
}

interface Props {
  proposal: Proposal;
  /** Only the list and downloads (the endorsers' decision pages). */
  readOnly?: boolean;
  /** The application is being edited: files are changed after saving or cancelling (a change would make the edit stale). */
  editing?: boolean;
}

/**
 * The files attached to a proposal (e.g. the course outline): name, type, size, who attached them and when,
 * and a download that fetches the bytes with the token. With EDIT the instructor attaches a file (its type
 * and size checked in the browser first) and removes one after confirming. Outcomes are announced in a polite
 * live region; failures are an alert that takes focus.
 */
export function AttachmentsSection({ proposal, readOnly = false, editing = false }: Props) {
  const { t, locale } = useI18n();
  const id = proposal.id;
  const attachments = useAttachments(id);
  const add = useAddAttachment();
  const remove = useRemoveAttachment();
  const download = useDownloadAttachment();
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [pending, setPending] = useState<{ action: Action; attachmentId?: string } | null>(null);
  const outcome = useStepOutcome();
  const failure = outcome.failure;
  // The alert links a problem with the file to the file input, so the section renders it itself; it takes focus.
  const failureRef = useFocusWhenShown<HTMLDivElement>(failure);


  const list = attachments.data ?? [];
  const mayEdit = !readOnly && can(proposal, 'EDIT');
  const mayChange = mayEdit && !editing;
  const busy = pending !== null;

  async function upload(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const refusal = checkAttachment(file, list.length);
    const mediaType = file && uploadMediaType(file);
    if (refusal || !file || !mediaType) {
      outcome.fail(FAILED.upload, new FileRefusal(refusal ?? { key: 'attachments.error.noFile' }));
      return;
    }
    setPending({ action: 'upload' });
    const added = await outcome.run(() => add.mutateAsync({ id, file, fileName: file.name, mediaType }), {
      done: (a) => ({ key: 'attachments.done.add', params: { name: a.fileName } }),
      failed: FAILED.upload,
    });
    if (added) {
      setFile(null);
      setInputKey((k) => k + 1);
    }
    setPending(null);
  }

  async function removeOne(a: Attachment) {
    setPending({ action: 'remove', attachmentId: a.id });
    await outcome.run(() => remove.mutateAsync({ id, attachmentId: a.id }), {
      done: { key: 'attachments.done.remove', params: { name: a.fileName } },
      failed: FAILED.remove,
    });
    setPending(null);
  }

  async function downloadOne(a: Attachment) {
    setPending({ action: 'download', attachmentId: a.id });
    // A download says nothing when it works: the browser shows the saved file.
    const got = await outcome.run(() => download.mutateAsync({ id, attachmentId: a.id }), { done: () => null, failed: FAILED.download });
    if (got) saveBlob(got.blob, a.fileName);
    setPending(null);
  }

  let failureText: string | undefined;
  if (failure?.error instanceof FileRefusal) {
    failureText = renderMessage(t, failure.error.message, locale);
  } else if (failure) {
    const api = failure.error instanceof ApiError ? failure.error : null;
    failureText =
      api && api.status === 413 && !api.problem.detail
        ? t('attachments.error.tooLarge.server', { max: formatFileSize(t, locale, api.problem.maxBytes ?? MAX_ATTACHMENT_BYTES) })
        : errorMessage(t, failure.error);
  }
  const fileError = failure && isFileProblem(failure.error) ? failureText : undefined;

  return (
    <section className="card detail-section" aria-labelledby={HEADING_ID} data-testid="section-attachments">
      <h2 id={HEADING_ID}>{t('attachments.heading')}</h2>
      <p className="muted">{t(readOnly ? 'attachments.intro.readOnly' : 'attachments.intro')}</p>

      <div aria-live="polite" className="live-region">
        {outcome.noticeElement('attachment-notice')}
      </div>

      {failure && (
        <div
          className="alert alert-error"
          role="alert"
          tabIndex={-1}
          ref={failureRef}
          aria-labelledby="attachment-error-title"
          data-testid="attachment-error"
        >
          <p className="alert-title" id="attachment-error-title">
            <strong>{t(failure.title)}</strong>
          </p>
          {fileError && mayChange ? (
            <p>
              <a
                href={`#${FILE_ID}`}
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(FILE_ID)?.focus();
                }}
              >
                {t('form.errorSummaryItem', { field: t('attachments.file.label'), message: fileError })}
              </a>
            </p>
          ) : (
            <p>{failureText}</p>
          )}
        </div>
      )}

      {attachments.isPending && <Skeleton shape="text" count={2} label={t('attachments.loading')} />}
      {attachments.isError && (
        <ErrorAlert testId="attachments-load-error">
          <p>
            {t('attachments.loadError')} {errorMessage(t, attachments.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void attachments.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {attachments.data && list.length === 0 && (
        <p className="muted" data-testid="attachments-empty">
          {t('attachments.empty')}
        </p>
      )}
      {list.length > 0 && (
        <ul className="attachment-list" aria-labelledby={HEADING_ID} data-testid="attachments-list">
          {list.map((a) => (
            <li key={a.id} className="attachment-item" data-testid="attachment-item" data-file-name={a.fileName}>
              <div className="attachment-info">
                <span className="attachment-name">{a.fileName}</span>
                <span className="attachment-meta">
                  <span data-testid="attachment-type" data-media-type={a.mediaType}>
                    {formatAttachmentType(t, a.mediaType)}
                  </span>
                  {', '}
                  <span data-testid="attachment-size" data-bytes={a.sizeBytes}>
                    {formatFileSize(t, locale, a.sizeBytes)}
                  </span>
                </span>
                <span className="attachment-meta muted" data-testid="attachment-uploaded">
                  {a.uploadedBy
                    ? t('attachments.uploadedBy', { name: a.uploadedBy, date: formatDateTime(locale, a.uploadedAt) })
                    : t('attachments.uploadedAt', { date: formatDateTime(locale, a.uploadedAt) })}
                </span>
              </div>
              <div className="actions">
                <button
                  type="button"
                  className="button button-secondary button-small"
                  disabled={busy}
                  onClick={() => void downloadOne(a)}
                  data-testid="download-attachment"
                >
                  {pending?.action === 'download' && pending.attachmentId === a.id ? (
                    t('attachments.downloading')
                  ) : (
                    <>
                      {t('attachments.download')}{' '}
                      <span className="visually-hidden">{t('attachments.fileOf', { name: a.fileName })}</span>
                    </>
                  )}
                </button>
                {mayChange && (
                  // The question stands in the file's row of buttons, where "Remove" stood.
                  <ConfirmButton
                    question={t('attachments.removeConfirm', { name: a.fileName })}
                    confirmLabel={t('attachments.confirmRemove')}
                    cancelLabel={t('proposals.cancel')}
                    disabled={busy}
                    onConfirm={() => void removeOne(a)}
                    id={`remove-attachment-${a.id}`}
                    testId="remove-attachment"
                  >
                    {pending?.action === 'remove' && pending.attachmentId === a.id ? (
                      t('workflow.working')
                    ) : (
                      <>
                        {t('attachments.remove')}{' '}
                        <span className="visually-hidden">{t('attachments.fileOf', { name: a.fileName })}</span>
                      </>
                    )}
                  </ConfirmButton>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}

      {mayEdit && editing && (
        <p className="alert alert-info" data-testid="attachments-while-editing">
          {t('attachments.whileEditing')}
        </p>
      )}
      {mayChange && (
        <form className="attachment-upload" noValidate onSubmit={(e) => void upload(e)} data-testid="attachment-upload">
          <h3>{t('attachments.upload.heading')}</h3>
          {changeVoidsSignature(proposal) && (
            <p className="alert alert-warning" data-testid="attachments-endorsement-note">
              {t('attachments.endorsementNote')}
            </p>
          )}
          <Field
            id={FILE_ID}
            label={t('attachments.file.label')}
            hint={t('attachments.file.hint', {
              maxSize: formatFileSize(t, locale, MAX_ATTACHMENT_BYTES),
              max: MAX_ATTACHMENTS,
              count: list.length,
            })}
            error={fileError}
          >
            {(describedBy) => (
              <input
                key={inputKey}
                id={FILE_ID}
                type="file"
                accept={ATTACHMENT_ACCEPT}
                aria-invalid={fileError ? true : undefined}
                aria-describedby={describedBy}
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
                data-testid="attachment-file"
              />
            )}
          </Field>
          <button type="submit" className="button" disabled={busy} data-testid="upload-attachment">
            {pending?.action === 'upload' ? t('attachments.uploading') : t('attachments.upload')}
          </button>
        </form>
      )}
    </section>
  );
}
