/**
 * Brings the form under a heading into view and puts the focus on its first control, so that a "what's next" link
 * takes the reader to the step itself (keyboard and screen reader users included).
 */
export function goToForm(headingId: string): boolean {
  const heading = document.getElementById(headingId);
  if (!heading) return false;
  const container = heading.closest('section, .member-action') ?? heading.parentElement;
  const control = container?.querySelector<HTMLElement>('input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])');
  heading.scrollIntoView?.({ block: 'start' });
  (control ?? heading).focus();
  return true;
}
