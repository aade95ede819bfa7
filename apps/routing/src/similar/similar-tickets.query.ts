import { CategoryCode, QueryNumber, RegionCode, RequiredText } from '#libs/platform';

/** 并单 suggestions for a ticket being registered (or one in the pool): its category, region and text. */
export class SimilarTicketsQuery {
  @CategoryCode()
  categoryCode: string;

  @RegionCode()
  regionCode: string;

  @RequiredText(4100, 'The title and content as written so far')
  text: string;

  @QueryNumber({ description: 'The ticket the suggestions are for, left out of them' })
  excludeTicketId?: number;
}
