// jsdom lacks the layout APIs antd probes (media queries, element resizing) and the editor's render mark (User Timing);
// component specs only need them to exist.
// Browser specs run in the node environment and skip this.
if (typeof window !== 'undefined') {
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) satisfies MediaQueryList;
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  performance.measure ??= () => ({}) as PerformanceMeasure;
}
