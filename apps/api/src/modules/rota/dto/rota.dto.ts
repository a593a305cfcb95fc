import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { IsLocalDate } from '../../../common/validation/validators.js';

export class RotaQuery {
  @ApiProperty() @IsUUID('all') teamId: string;
  @ApiProperty({ example: '2027-03-01', description: 'First roster date' })
  @IsLocalDate()
  from: string;
  @ApiProperty({
    example: '2027-04-01',
    description: 'First roster date after the window (exclusive)',
  })
  @IsLocalDate()
  to: string;
}
