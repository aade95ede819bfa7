import { Body, Controller, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type AuthUser } from '#libs/auth';
import { IdParam } from '#libs/platform';
import { ChangeUserDto, CreateUserDto, ListUsersQuery, ResetPasswordDto } from './user.dto.js';
import { UsersService } from './users.service.js';

/** Accounts of the centre's staff and the units' handlers: administrators only. No delete. */
@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(@Query() query: ListUsersQuery) {
    return this.users.list(query);
  }

  @Post()
  @ApiConflictResponse({ description: 'The username is taken' })
  create(@Body() input: CreateUserDto) {
    return this.users.create(input);
  }

  @Patch(':id')
  @ApiConflictResponse({ description: 'Deactivating yourself, or giving up your own administrator role' })
  change(@IdParam() id: number, @Body() input: ChangeUserDto, @CurrentUser() admin: AuthUser) {
    return this.users.change(id, input, admin);
  }

  @Put(':id/password')
  @HttpCode(204)
  resetPassword(@IdParam() id: number, @Body() input: ResetPasswordDto) {
    return this.users.resetPassword(id, input);
  }
}
