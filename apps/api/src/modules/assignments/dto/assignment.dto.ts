import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsString, IsUUID, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsLocalDate, Optional } from '../../../common/validation/validators.js';

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
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all')
  coverForEmployeeId?: string | null;

  @ApiPropertyOptional({ description: 'Key of the rotation shift this one takes the place of' })
  @Optional()
  @IsString()
  @MaxLength(300)
  replacesKey?: string;

  @ApiPropertyOptional({ description: 'The solver never moves a pinned shift' })
  @Optional()
  @IsBoolean()
  pinned?: boolean;

  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(2000) note?: string;
}

export class UpdateAssignmentDto {
  @ApiPropertyOptional() @Optional() @IsUUID('all') employeeId?: string;

  @ApiPropertyOptional({ nullable: true })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all')
  coverForEmployeeId?: string | null;

  @ApiPropertyOptional() @Optional() @IsBoolean() pinned?: boolean;

  @ApiPropertyOptional({ nullable: true })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(2000)
  note?: string | null;

  @ApiPropertyOptional() @Optional() @IsInt() @Min(1) version?: number;
}

export class CancelShiftDto {
  @ApiPropertyOptional({ description: 'Why the rotation shift is cancelled' })
  @Optional()
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
