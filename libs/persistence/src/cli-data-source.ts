// The data source the TypeORM CLI loads (npm run migration:generate / migration:revert), built from
// the same settings as the running system.
import { loadSettings } from '#libs/settings';
import { createDataSource } from './data-source.js';

export default createDataSource(loadSettings().db);
