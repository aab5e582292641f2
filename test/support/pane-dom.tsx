/**
 * Just enough of a DOM testing toolkit for the pane's component tests. @testing-library/react needs its peer
 * @testing-library/dom, which is not installed in this project; rather than add a package, these helpers
 * render with React's own `act` and find elements the way a user does: by visible text and accessible names.
 */
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export type TextMatch = string | RegExp;

const mounted = new Set<{ root: Root; container: HTMLElement }>();

afterEach(() => {
  for (const entry of mounted) {
    act(() => entry.root.unmount());
    entry.container.remove();
  }
  mounted.clear();
});

export function renderInDom(element: ReactElement): { container: HTMLElement; unmount: () => void } {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  const entry = { root, container };
  mounted.add(entry);
  act(() => root.render(element));
  return {
    container,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
      mounted.delete(entry);
    },
  };
}

export function textOf(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function matches(text: string, match: TextMatch): boolean {
  return typeof match === 'string' ? text === match : match.test(text);
}

/** The name a screen reader announces: aria-label, aria-labelledby, or the text inside. */
export function accessibleName(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label) return label.trim();
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    return labelledBy.split(/\s+/).map((id) => document.getElementById(id)).filter(Boolean).map((el) => textOf(el!)).join(' ');
  }
  return textOf(element);
}

function visible(element: Element): boolean {
  for (let el: Element | null = element; el; el = el.parentElement) {
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return false;
  }
  return true;
}

/** Elements whose own text matches (the innermost ones, so a match is the element that shows the text). */
export function queryAllByText(match: TextMatch, scope: Element = document.body): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const element of Array.from(scope.querySelectorAll<HTMLElement>('*'))) {
    if (element.tagName === 'SCRIPT' || element.tagName === 'STYLE' || !visible(element)) continue;
    if (!matches(textOf(element), match)) continue;
    const child = Array.from(element.children).some((c) => matches(textOf(c), match));
    if (!child) found.push(element);
  }
  return found;
}

export function queryByText(match: TextMatch, scope?: Element): HTMLElement | null {
  return queryAllByText(match, scope)[0] ?? null;
}

export function getByText(match: TextMatch, scope?: Element): HTMLElement {
  const found = queryByText(match, scope);
  if (!found) throw new Error(`No element shows the text ${String(match)}. The page says: ${textOf(scope ?? document.body)}`);
  return found;
}

export function queryAllByRole(role: string, name?: TextMatch, scope: Element = document.body): HTMLElement[] {
  const implicit: Record<string, string> = {
    button: 'button, [role="button"]',
    group: '[role="group"], fieldset',
    list: 'ul, ol, [role="list"]',
    region: 'section[aria-label], section[aria-labelledby], [role="region"]',
    heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
    progressbar: '[role="progressbar"], progress',
    combobox: 'select, [role="combobox"]',
  };
  const selector = implicit[role] ?? `[role="${role}"]`;
  return Array.from(scope.querySelectorAll<HTMLElement>(selector)).filter(
    (element) => visible(element) && (name === undefined || matches(accessibleName(element), name)),
  );
}

export function getByRole(role: string, name?: TextMatch, scope?: Element): HTMLElement {
  const found = queryAllByRole(role, name, scope);
  if (found.length !== 1) {
    const names = queryAllByRole(role, undefined, scope).map(accessibleName);
    throw new Error(`Expected one ${role} named ${String(name)}, found ${found.length}. ${role}s: ${JSON.stringify(names)}`);
  }
  return found[0];
}

/** The form control a visible <label> names. */
export function getByLabelText(text: string): HTMLElement {
  const label = Array.from(document.querySelectorAll('label')).find((el) => textOf(el) === text);
  const control = label?.htmlFor ? document.getElementById(label.htmlFor) : null;
  if (!control) throw new Error(`No control labelled ${text}`);
  return control;
}

/** Lets pending promises and timers run inside act, so React applies what they dispatched. */
export async function flush(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

export async function waitFor<T>(probe: () => T, timeoutMs = 3000): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      return probe();
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      await flush(10);
    }
  }
}

export function findByText(match: TextMatch, scope?: Element): Promise<HTMLElement> {
  return waitFor(() => getByText(match, scope));
}

export async function click(element: HTMLElement): Promise<void> {
  if ((element as HTMLButtonElement).disabled) throw new Error(`Cannot click a disabled ${accessibleName(element)}`);
  await act(async () => {
    element.click();
  });
  await flush();
}

export async function chooseOption(select: HTMLElement, value: string): Promise<void> {
  await act(async () => {
    (select as HTMLSelectElement).value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await flush();
}

/** Every element a keyboard user reaches with Tab, in order (document order; the pane sets no positive tabindex). */
export function tabOrder(scope: Element = document.body): HTMLElement[] {
  const candidates = scope.querySelectorAll<HTMLElement>('button, select, input, a[href], [tabindex]');
  return Array.from(candidates).filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && visible(el));
}
