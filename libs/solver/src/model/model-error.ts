/** A model that cannot be solved as given (unknown ids, days out of range, contradictory input). */
export class ModelError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [message],
  ) {
    super(message);
    this.name = 'ModelError';
  }
}
