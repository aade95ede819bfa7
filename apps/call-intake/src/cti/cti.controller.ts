import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import { Public } from '#libs/auth';
import { CTI_SIGNATURE_HEADER, CTI_TIMESTAMP_HEADER } from './cti-signature.js';
import { CtiSignatureGuard } from './cti-signature.guard.js';
import { CtiEventsDto } from './cti-events.dto.js';
import { CtiIntake, type Receipt } from './cti-intake.service.js';

@ApiTags('cti')
@ApiHeader({ name: CTI_TIMESTAMP_HEADER, description: 'Unix seconds; more than 5 minutes off is refused' })
@ApiHeader({ name: CTI_SIGNATURE_HEADER, description: 'sha256= and the hex HMAC-SHA256 of "{timestamp}.{raw body}" with CTI_SECRET' })
@Controller('cti')
export class CtiController {
  constructor(private readonly intake: CtiIntake) {}

  /** The contact-centre system's call events, one or a batch; repeated and out-of-order events are harmless. */
  @Post('events')
  @HttpCode(200)
  @Public()
  @UseGuards(CtiSignatureGuard)
  receive(@Body() input: CtiEventsDto): Promise<Receipt> {
    return this.intake.receive(input.events);
  }
}
