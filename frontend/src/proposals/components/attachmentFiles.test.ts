import { describe, expect, it } from 'vitest';
import { formatFileSize } from '../../shared/i18n/format';
import { translate } from '../../shared/i18n/translate';
import { checkAttachment, formatAttachmentType, MAX_ATTACHMENT_BYTES, uploadMediaType } from './attachmentFiles';

const en = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('en', key, params);
const da = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('da', key, params);

function file(name: string, type: string, size = 10) {
  const f = new File(['x'], name, { type });
  Object.defineProperty(f, 'size', { value: size });
  return f;
}

describe('uploadMediaType', () => {
  it('takes the type from the extension when the browser gives none or one the server does not know', () => {
    expect(uploadMediaType({ name: 'notes.md', type: '' })).toBe('text/markdown');
    expect(uploadMediaType({ name: 'NOTES.MD', type: 'text/x-markdown' })).toBe('text/markdown');
    expect(uploadMediaType({ name: 'readme.txt', type: '' })).toBe('text/plain');
    expect(uploadMediaType({ name: 'photo.JPG', type: 'application/octet-stream' })).toBe('image/jpeg');
    expect(uploadMediaType({ name: 'plan.docx', type: '' })).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(uploadMediaType({ name: 'slides.pptx', type: '' })).toBe(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    );
  });

  it('keeps the browser’s type when it fits the extension, and follows the extension when it does not', () => {
    expect(uploadMediaType({ name: 'outline.pdf', type: 'application/pdf' })).toBe('application/pdf');
    expect(uploadMediaType({ name: 'photo.jpeg', type: 'image/jpeg' })).toBe('image/jpeg');
    expect(uploadMediaType({ name: 'notes.md', type: 'text/plain' })).toBe('text/markdown');
  });

  it('refuses names without an allowed extension', () => {
    expect(uploadMediaType({ name: 'setup.exe', type: 'application/x-msdownload' })).toBeNull();
    expect(uploadMediaType({ name: 'outline', type: 'application/pdf' })).toBeNull();
    expect(uploadMediaType({ name: 'old.doc', type: 'application/msword' })).toBeNull();
  });
});

describe('checkAttachment', () => {
  it('accepts an allowed file up to 5 MiB', () => {
    expect(checkAttachment(file('outline.pdf', 'application/pdf', MAX_ATTACHMENT_BYTES), 19)).toBeNull();
  });

  it('says what is wrong: no file, the limit of 20, the type, an empty or too large file', () => {
    expect(checkAttachment(null, 0)).toEqual({ key: 'attachments.error.noFile' });
    expect(checkAttachment(file('outline.pdf', 'application/pdf'), 20)).toEqual({
      key: 'attachments.error.tooMany',
      params: { max: 20 },
    });
    expect(checkAttachment(file('clip.mp4', 'video/mp4'), 0)).toEqual({
      key: 'attachments.error.type',
      params: { name: 'clip.mp4' },
    });
    expect(checkAttachment(file('empty.txt', '', 0), 0)).toEqual({ key: 'attachments.error.empty', params: { name: 'empty.txt' } });
    expect(checkAttachment(file('big.pdf', 'application/pdf', MAX_ATTACHMENT_BYTES + 1), 0)).toEqual({
      key: 'attachments.error.tooLarge',
      params: { name: 'big.pdf', max: 5 },
    });
  });
});

describe('formatting', () => {
  it('formats sizes in bytes, KB and MB per locale', () => {
    expect(formatFileSize(en, 'en-GB', 900)).toBe('900 bytes');
    expect(formatFileSize(en, 'en-GB', 183204)).toBe('178.9 KB');
    expect(formatFileSize(da, 'da-DK', 183204)).toBe('178,9 KB');
    expect(formatFileSize(en, 'en-GB', 5 * 1024 * 1024)).toBe('5 MB');
    expect(formatFileSize(en, 'en-GB', 1024 * 1024 - 6)).toBe('1 MB');
    expect(formatFileSize(da, 'da-DK', 2_621_440)).toBe('2,5 MB');
  });

  it('names the types, and an unknown one by its code', () => {
    expect(formatAttachmentType(en, 'application/pdf')).toBe('PDF');
    expect(formatAttachmentType(en, 'text/markdown; charset=UTF-8')).toBe('Markdown');
    expect(formatAttachmentType(da, 'application/vnd.openxmlformats-officedocument.presentationml.presentation')).toBe(
      'PowerPoint-præsentation',
    );
    expect(formatAttachmentType(en, 'video/mp4')).toBe('Other type (video/mp4)');
  });
});
