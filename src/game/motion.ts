/** Whether animations should be instant. The settings screen will be able to force this on. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
