import { CreateFoundation1796601600000 } from './1796601600000-CreateFoundation.js';

/** Every migration, oldest first. Append only; never edit one that has shipped. */
export const migrations = [CreateFoundation1796601600000];
