import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsString, IsUUID, MaxLength } from 'class-validator';

export class ImportDto {
  @ApiProperty() @IsUUID('all') teamId: string;

  @ApiProperty({ description: 'The CSV text, header first' })
  @IsString()
  @MaxLength(2_000_000)
  csv: string;

  @ApiProperty({ description: 'false: check and preview only; true: write every row, or none' })
  @IsBoolean()
  commit: boolean;
}

export interface ImportRow {
  line: number;
  values: Record<string, string>;
  errors: { field: string; reason: string }[];
}

export interface ImportResult {
  rows: ImportRow[];
  valid: number;
  invalid: number;
  committed: boolean;
  created?: number;
}
