/** Milliseconds from an arbitrary origin. Injected so that engines never read the clock themselves. */
export type Clock = () => number;

/** A deadline on an injected clock. */
export interface Deadline {
  clock: Clock;
  /** Clock value at which the run must return. */
  at: number;
}

export function remaining(deadline: Deadline): number {
  return deadline.at - deadline.clock();
}

export function expired(deadline: Deadline): boolean {
  return deadline.clock() >= deadline.at;
}
