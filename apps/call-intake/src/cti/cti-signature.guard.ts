import { Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { RawBodyRequest } from '@nestjs/common';
import type { Request } from 'express';
import { SETTINGS, type Settings } from '#libs/settings';
import { CTI_SIGNATURE_HEADER, CTI_TIMESTAMP_HEADER, signatureProblem, type SignatureProblem } from './cti-signature.js';

const REASONS: Record<SignatureProblem, string> = {
  missing: `${CTI_TIMESTAMP_HEADER} (Unix seconds) and ${CTI_SIGNATURE_HEADER} are required`,
  stale: `${CTI_TIMESTAMP_HEADER} is more than 5 minutes from now: refused as a replay`,
  mismatch: `${CTI_SIGNATURE_HEADER} does not match the body`,
};

/** Only the contact-centre system, which holds the shared key, may post call events; checked before the body is read as JSON. */
@Injectable()
export class CtiSignatureGuard implements CanActivate {
  constructor(@Inject(SETTINGS) private readonly settings: Settings) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<RawBodyRequest<Request>>();
    const problem = signatureProblem(
      this.settings.cti.secret,
      {
        timestamp: request.header(CTI_TIMESTAMP_HEADER),
        signature: request.header(CTI_SIGNATURE_HEADER),
        body: request.rawBody ?? Buffer.alloc(0),
      },
      Date.now(),
    );
    if (problem) throw new UnauthorizedException(REASONS[problem]);
    return true;
  }
}
