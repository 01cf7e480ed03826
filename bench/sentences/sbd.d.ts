declare module 'sbd' {
  export function sentences(text: string, options?: Record<string, unknown>): string[];
  const sbd: { sentences: typeof sentences };
  export default sbd;
}
