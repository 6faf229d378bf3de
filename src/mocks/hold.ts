/**
 * The mock server's pause switch, for demos and tests of a server that stalls mid-request:
 * `POST /__mock/hold` makes every later request wait, `POST /__mock/release` lets the waiting ones go on
 * and stops holding. Nothing is held after a page load or a reset.
 */
let held = false
let waiting: Array<() => void> = []

export function holdRequests(): void {
  held = true
}

export function releaseRequests(): number {
  held = false
  const released = waiting
  waiting = []
  for (const resume of released) resume()
  return released.length
}

/** Resolves at once when not holding; otherwise when `releaseRequests()` is called. */
export function waitWhileHeld(): Promise<void> {
  if (!held) return Promise.resolve()
  return new Promise((resolve) => waiting.push(resolve))
}
