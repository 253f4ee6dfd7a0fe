/** What the balance preview's harness page (e2e/fixtures/balance-preview) offers its spec. */
export interface BalanceHarness {
  /** Decode a scenario file's text and show its balance; false when the file is refused. */
  show(text: string): boolean;
}

declare global {
  interface Window {
    __balanceHarness?: BalanceHarness;
  }
}
