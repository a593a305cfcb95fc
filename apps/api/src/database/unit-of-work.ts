import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from './data-source.js';

/** Runs a service's writes, and the audit entries that record them, in one transaction. */
@Injectable()
export class UnitOfWork {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(manager as unknown as Tx));
  }
}
