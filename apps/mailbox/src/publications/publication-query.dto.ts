import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { PagedTextQuery } from '../text-query.dto.js';

/** candidate: letters the centre may publish (consented, reply approved, not yet public); published: those it has. */
export const PUBLICATION_STATES = ['candidate', 'published'] as const;
export type PublicationState = (typeof PUBLICATION_STATES)[number];

/** The centre's lists of letters to publish and published, a page at a time. */
export class PublicationQuery extends PagedTextQuery {
  @ApiProperty({ enum: PUBLICATION_STATES })
  @IsIn(PUBLICATION_STATES)
  state: PublicationState;
}
