import type { MessageKey, Params } from './translate';

/**
 * A message kept in state: either a dictionary key (translated when rendered, so it
 * follows a language switch) or a text from the server, shown as it came.
 */
export type Message = { key: MessageKey; params?: Params } | { text: string };

/**
 * Renders a message in the current language. With a locale, numeric parameters are formatted
 * for it (10000000 → "10,000,000" / "10.000.000").
 */
export function renderMessage(
  t: (key: MessageKey, params?: Params) => string,
  message: Message,
  locale?: string,
): string {
  if (!('key' in message)) return message.text;
  if (!locale || !message.params) return t(message.key, message.params);
  const params: Params = {};
  for (const [name, value] of Object.entries(message.params)) {
    params[name] = typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  }
  return t(message.key, params);
}
