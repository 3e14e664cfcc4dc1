import 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Runs `src/<module>`'s export `name` in Node and returns its result. */
    computeInNode: (module: string, name: string, args: unknown[]) => Promise<unknown>;
    /** Runs the demo in Node and returns its self-contained HTML report. */
    demoReportHtml: () => Promise<string>;
  }
}
