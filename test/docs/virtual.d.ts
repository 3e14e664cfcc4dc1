declare module 'virtual:doc-examples' {
  export const examples: Array<{
    id: string;
    load: () => Promise<{ default: () => Promise<void>; checks: number }>;
  }>;
}
