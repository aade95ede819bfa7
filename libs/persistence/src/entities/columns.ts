import { Column, CreateDateColumn, UpdateDateColumn, type ColumnOptions } from 'typeorm';

// Every instant is stored as UTC with milliseconds: deadlines are compared to the millisecond and
// reports convert to Asia/Shanghai at the edge.
const instant: ColumnOptions = { type: 'datetime', precision: 3 };

export const InstantColumn = (options: ColumnOptions = {}): PropertyDecorator => Column({ ...instant, ...options });
export const CreatedAtColumn = (): PropertyDecorator => CreateDateColumn({ ...instant, default: () => 'CURRENT_TIMESTAMP(3)' });
export const UpdatedAtColumn = (): PropertyDecorator =>
  UpdateDateColumn({ ...instant, default: () => 'CURRENT_TIMESTAMP(3)', onUpdate: 'CURRENT_TIMESTAMP(3)' });

/** A short code from one of the domain's vocabularies (status, role, tier...). */
export const CodeColumn = (length: number, options: ColumnOptions = {}): PropertyDecorator =>
  Column({ type: 'varchar', length, ...options });
