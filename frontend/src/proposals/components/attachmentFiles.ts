import type { Message } from '../../shared/i18n/message';
import type { MessageKey } from '../../shared/i18n/translate';

/** The largest attachment proposal-service accepts (5 MiB; it answers 413 to more). */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

/** How many files a proposal may carry (the server answers 409 to one more). */
export const MAX_ATTACHMENTS = 20;

/** A file type an application may carry: its media type, the extensions that fit it, and its label. */
export interface AttachmentType {
  mediaType: string;
  extensions: readonly string[];
  label: MessageKey;
}

/** The types proposal-service accepts (AttachmentType.java); the extension must fit the type. */
export const ATTACHMENT_TYPES: readonly AttachmentType[] = [
  { mediaType: 'application/pdf', extensions: ['pdf'], label: 'attachments.type.pdf' },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    label: 'attachments.type.docx',
  },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    label: 'attachments.type.xlsx',
  },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
    label: 'attachments.type.pptx',
  },
  { mediaType: 'image/png', extensions: ['png'], label: 'attachments.type.png' },
  { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'attachments.type.jpeg' },
  { mediaType: 'text/plain', extensions: ['txt'], label: 'attachments.type.text' },
  { mediaType: 'text/markdown', extensions: ['md'], label: 'attachments.type.markdown' },
];

/** The file input's `accept` list: the extensions of the allowed types. */
export const ATTACHMENT_ACCEPT = ATTACHMENT_TYPES.flatMap((type) => type.extensions.map((e) => `.${e}`)).join(',');

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).trim().toLowerCase();
}

/** The allowed type of a media type as the server names it ("application/pdf"), parameters ignored. */
export function attachmentTypeOf(mediaType: string | null | undefined): AttachmentType | undefined {
  const base = (mediaType ?? '').split(';')[0].trim().toLowerCase();
  return ATTACHMENT_TYPES.find((type) => type.mediaType === base);
}

/**
 * The media type to send for a chosen file, or null if the server would refuse its type. The server wants
 * the type the file name's extension stands for; the browser's `file.type` is used when it fits the
 * extension, and otherwise – empty, unknown ("text/x-markdown") or generic ("application/octet-stream") –
 * the type is taken from the extension (.md → text/markdown, .txt → text/plain, …).
 */
export function uploadMediaType(file: { name: string; type: string }): string | null {
  const extension = extensionOf(file.name);
  const byExtension = ATTACHMENT_TYPES.find((type) => type.extensions.includes(extension));
  if (!byExtension) return null;
  const declared = attachmentTypeOf(file.type);
  return declared === byExtension ? declared.mediaType : byExtension.mediaType;
}

/**
 * Why a chosen file cannot be attached, checked in the browser before uploading (the server checks again,
 * also the file's first bytes): no file, a type or extension that is not allowed, an empty or too large
 * file, or a proposal that already has the most files. Null if it may be sent.
 */
export function checkAttachment(file: File | null | undefined, count: number): Message | null {
  if (!file) return { key: 'attachments.error.noFile' };
  if (count >= MAX_ATTACHMENTS) return { key: 'attachments.error.tooMany', params: { max: MAX_ATTACHMENTS } };
  if (!uploadMediaType(file)) return { key: 'attachments.error.type', params: { name: file.name } };
  if (file.size === 0) return { key: 'attachments.error.empty', params: { name: file.name } };
  if (file.size > MAX_ATTACHMENT_BYTES) {
    return { key: 'attachments.error.tooLarge', params: { name: file.name, max: MAX_ATTACHMENT_BYTES / (1024 * 1024) } };
  }
  return null;
}

/**
 * Saves downloaded bytes as a file: an object URL, a temporary `<a download>` that is clicked and removed,
 * and the URL revoked once the browser has taken the download.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A media type in words ("PDF", "Word document"); a type this client does not know gets a generic label. */
export function formatAttachmentType(t: T, mediaType: string): string {
  const type = attachmentTypeOf(mediaType);
  return type ? t(type.label) : t('attachments.type.other', { code: mediaType });
}
