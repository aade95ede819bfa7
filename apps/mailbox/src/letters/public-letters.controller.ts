import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Public } from '#libs/auth';
import { CaptchaService } from './captcha.service.js';
import { FollowLetterDto, SubmitLetterDto } from './letter.dto.js';
import { LettersService } from './letters.service.js';

/**
 * The public mayor's mailbox (市长信箱): no login. The client address is the connection's (`req.ip`);
 * behind a reverse proxy, Express's `trust proxy` must be set for it to be the citizen's.
 */
@ApiTags('public mailbox')
@Public()
@Controller('public')
export class PublicLettersController {
  constructor(
    private readonly letters: LettersService,
    private readonly captcha: CaptchaService,
  ) {}

  @Get('captcha')
  @ApiOperation({ summary: 'A new image captcha (SVG) and its id, to answer once within 10 minutes' })
  newCaptcha() {
    return this.captcha.create();
  }

  @Post('letters')
  @ApiOperation({ summary: '写信: submit a letter; answered with its ticket number and query code' })
  @ApiBadRequestResponse({ description: 'A field is missing or wrong, or the captcha is not answered; nothing is written' })
  @ApiTooManyRequestsResponse({ description: 'Too many letters from this address or phone number' })
  submit(@Body() letter: SubmitLetterDto, @Ip() ip: string) {
    return this.letters.submit(letter, ip);
  }

  // POST, not GET: the query code must not end up in URLs, logs and browser histories.
  @Post('letters/follow')
  @HttpCode(200)
  @ApiOperation({ summary: '查询: a letter’s progress and its approved reply, by number and query code' })
  @ApiNotFoundResponse({ description: 'No letter with this number and code' })
  @ApiTooManyRequestsResponse({ description: 'Locked out after too many wrong codes' })
  follow(@Body() query: FollowLetterDto, @Ip() ip: string) {
    return this.letters.follow(query, ip);
  }
}
