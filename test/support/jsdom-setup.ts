/**
 * What Fluent UI expects from a browser and jsdom lacks. Imported first by each component test
 * (they opt into jsdom with a docblock), so the node-environment tests stay untouched.
 * @testing-library/react unmounts after each test by itself (it registers its own afterEach).
 */
import "@testing-library/jest-dom";

function hiddenByDisplay(element: Element): boolean {
  for (let el: Element | null = element; el; el = el.parentElement) {
    if (window.getComputedStyle(el).display === "none") return true;
  }
  return false;
}

if (typeof window !== "undefined") {
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!("ResizeObserver" in window)) {
    class ResizeObserverShim {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverShim;
  }
  if (!Element.prototype.scrollIntoView)
    Element.prototype.scrollIntoView = function scrollIntoView() {};

  // Fluent's focus manager (tabster) handles every Tab keypress and skips elements it thinks are not laid out:
  // those whose offsetParent is null, or all of them when <body> has no size. jsdom does no layout, so both are
  // always true and Tab would leave the pane at once. Give it the answers a browser gives for a rendered page.
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement): Element | null {
      if (this === document.body || !this.isConnected || hiddenByDisplay(this)) return null;
      return this.parentElement;
    },
  });
  HTMLBodyElement.prototype.getBoundingClientRect = function bodyRect(): DOMRect {
    return {
      x: 0,
      y: 0,
      top: 0,
      left: 0,
      right: 350,
      bottom: 800,
      width: 350,
      height: 800,
      toJSON: () => ({}),
    } as DOMRect;
  };
}
