import { regionPlaceOf } from '#libs/domain';
import { RequiredText } from '#libs/platform';
import { TreeCode } from './tree-code.js';

/** 属地: a new district, street or community; its level and parent follow from the code. */
export class CreateRegionDto {
  @TreeCode(regionPlaceOf, 'a region code of 6 (district), 9 (street) or 12 (community) digits', '379901001')
  code: string;

  @RequiredText(50)
  name: string;
}

/** A region's code is for good (tickets and rules name it): only its name changes. */
export class RenameRegionDto {
  @RequiredText(50)
  name: string;
}
