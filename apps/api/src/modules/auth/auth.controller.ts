import { Body, Controller, Get, HttpCode, Patch, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Caller } from '../../common/auth/caller.js';
import { CurrentUser, Public } from '../../common/auth/decorators.js';
import { UpdateEmployeeDto } from '../employees/dto/employee.dto.js';
import { EmployeeService } from '../employees/employee.service.js';
import { AuthService } from './auth.service.js';
import { ChangePasswordDto, LoginDto } from './dto/auth.dto.js';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly employees: EmployeeService,
  ) {}

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  async login(@Body() dto: LoginDto, @Req() request: Request) {
    const result = await this.auth.login(dto.email, dto.password, request.ip ?? 'unknown');
    const user = await this.employees.get(
      await this.auth.authenticate(result.accessToken),
      result.employeeId,
    );
    return { accessToken: result.accessToken, expiresAt: result.expiresAt.toISOString(), user };
  }

  @ApiBearerAuth()
  @Post('auth/logout')
  @HttpCode(204)
  logout(@CurrentUser() caller: Caller) {
    return this.auth.logout(caller);
  }

  @ApiBearerAuth()
  @Get('me')
  me(@CurrentUser() caller: Caller) {
    return this.employees.get(caller, caller.id);
  }

  @ApiBearerAuth()
  @Patch('me')
  updateMe(@CurrentUser() caller: Caller, @Body() dto: UpdateEmployeeDto) {
    return this.employees.update(caller, caller.id, dto);
  }

  @ApiBearerAuth()
  @Post('me/password')
  @HttpCode(204)
  changePassword(@CurrentUser() caller: Caller, @Body() dto: ChangePasswordDto) {
    return this.auth.changePassword(caller, dto.currentPassword, dto.newPassword);
  }
}
