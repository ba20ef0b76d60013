/**
 * Small line icons drawn inline (no icon font, no image requests, allowed by the strict CSP), in place of emoji,
 * which every platform draws differently and screen readers read out by their Unicode names.
 */
const PATHS = {
  menu: ['M4 6h16', 'M4 12h16', 'M4 18h16'],
  x: ['M6 6l12 12', 'M18 6L6 18'],
  check: ['M5 12.5l4.5 4.5L19 7'],
  warning: ['M10.3 3.9L1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z', 'M12 9v4', 'M12 17h.01'],
  alert: ['M12 3a9 9 0 1 1 0 18a9 9 0 1 1 0-18z', 'M12 8v5', 'M12 16h.01'],
  clock: ['M12 3a9 9 0 1 1 0 18a9 9 0 1 1 0-18z', 'M12 7v5l3 2'],
  circle: ['M12 4a8 8 0 1 1 0 16a8 8 0 1 1 0-16z'],
  'chevron-down': ['M6 9l6 6l6-6'],
  calendar: ['M4 6h16v14H4z', 'M4 10h16', 'M8 3v4', 'M16 3v4'],
  link: ['M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1', 'M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1'],
} as const;

export type IconName = keyof typeof PATHS;
export const ICON_NAMES = Object.keys(PATHS) as IconName[];

interface Props {
  name: IconName;
  /** What the icon says when nothing next to it says it already; without a label the icon is decoration. */
  label?: string;
  className?: string;
  testId?: string;
}

/** An icon the size of the surrounding text, in its colour. */
export function Icon({ name, label, className, testId }: Props) {
  const a11y = label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true as const };
  return (
    <svg
      className={className ? `icon icon-${name} ${className}` : `icon icon-${name}`}
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      focusable="false"
      data-icon={name}
      data-testid={testId}
      {...a11y}
    >
      {PATHS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
