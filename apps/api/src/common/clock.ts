/** What time it is; tests pin it so that date windows are fixed. */
export type Clock = () => Date;

export const CLOCK = Symbol('CLOCK');
