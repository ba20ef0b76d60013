import type { MessageKey, Params } from './translate';

/**
 * A message kept in state: either a dictionary key (translated when rendered, so it
 * follows a language switch) or a text from the server, shown as it came.
 */
export type Message = { key: MessageKey; params?: Params } | { text: string };

export function renderMessage(t: (key: MessageKey, params?: Params) => string, message: Message): string {
  return 'key' in message ? t(message.key, message.params) : message.text;
}
