import { describe, expect, it } from 'vitest';

// Every source file's text, read by the bundler (tests and the generated API types left out).
const SOURCES = import.meta.glob(['/src/**/*.{ts,tsx,css}', '!/src/**/*.test.{ts,tsx}', '!/src/shared/api/generated/**', '!/src/test/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

// Pictographs (emoji) and the check/cross/circle marks that were used as icons; text arrows and quotes are fine.
const EMOJI = /[\p{Extended_Pictographic}\u2713\u2717\u25CB]/u;

describe('icons', () => {
  it('are SVG (the shared Icon), never emoji, in the SPA’s code, texts and styles', () => {
    expect(Object.keys(SOURCES).length).toBeGreaterThan(100);
    expect(Object.keys(SOURCES)).toContain('/src/styles.css');
    const found = Object.entries(SOURCES).flatMap(([file, text]) =>
      text
        .split('\n')
        .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
        .filter(({ line }) => EMOJI.test(line))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });
});
