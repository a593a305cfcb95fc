import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_RULES } from '../password.js';

export class LoginDto {
  @ApiProperty({ example: 'manager@demo.coverage-planner.test' })
  @IsString()
  @MinLength(3)
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_RULES.maxLength)
  password: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(PASSWORD_RULES.maxLength)
  currentPassword: string;

  @ApiProperty({ minLength: PASSWORD_RULES.minLength })
  @IsString()
  @MinLength(PASSWORD_RULES.minLength)
  @MaxLength(PASSWORD_RULES.maxLength)
  newPassword: string;
}
