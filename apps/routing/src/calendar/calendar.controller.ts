import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type AuthUser } from '#libs/auth';
import { CalendarDayDto, CalendarQueryDto } from './calendar-day.dto.js';
import { CalendarService } from './calendar.service.js';

const DAY_PARAM = { name: 'day', description: 'YYYY-MM-DD, Asia/Shanghai', example: '2026-10-08' };

/**
 * The working-day calendar: public holidays and make-up working days (调休). Every signed-in role may
 * read it (consoles show dues against it); only administrators change it.
 */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  /** The days of a year that break the Monday–Friday rule, in order. */
  @Get()
  list(@Query() query: CalendarQueryDto) {
    return this.calendar.list(query.year);
  }

  @Put(':day')
  @Roles('admin')
  @ApiParam(DAY_PARAM)
  set(@Param('day') day: string, @Body() input: CalendarDayDto, @CurrentUser() user: AuthUser) {
    return this.calendar.set(day, input, user);
  }

  /** Back to the weekday rule. */
  @Delete(':day')
  @HttpCode(204)
  @Roles('admin')
  @ApiParam(DAY_PARAM)
  remove(@Param('day') day: string, @CurrentUser() user: AuthUser) {
    return this.calendar.remove(day, user);
  }
}
