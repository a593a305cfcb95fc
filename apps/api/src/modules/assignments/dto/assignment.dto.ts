import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { IsLocalDate } from '../../../common/validation/validators.js';

export class CreateAssignmentDto {
  @ApiProperty() @IsUUID('all') employeeId: string;
  @ApiProperty() @IsUUID('all') shiftTypeId: string;

  @ApiProperty({ example: '2027-03-02', description: "Roster date: the shift's local start date" })
  @IsLocalDate()
  date: string;

  @ApiPropertyOptional({
    nullable: true,
    description: 'The absent colleague this shift covers for',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all')
  coverForEmployeeId?: string | null;

  @ApiPropertyOptional({ description: 'Key of the rotation shift this one takes the place of' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  replacesKey?: string;

  @ApiPropertyOptional({ description: 'The solver never moves a pinned shift' })
  @IsOptional()
  @IsBoolean()
  pinned?: boolean;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class UpdateAssignmentDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID('all') employeeId?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all')
  coverForEmployeeId?: string | null;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() pinned?: boolean;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(2000)
  note?: string | null;

  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) version?: number;
}

export class CancelShiftDto {
  @ApiPropertyOptional({ description: 'Why the rotation shift is cancelled' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export interface AssignmentResponse {
  id: string;
  teamId: string;
  employeeId: string;
  shiftTypeId: string;
  date: string;
  start: string;
  end: string;
  source: 'manual' | 'solver';
  coverForEmployeeId: string | null;
  replacesKey: string | null;
  pinned: boolean;
  note: string | null;
  version: number;
}
