import type { Role } from '#libs/domain';
import type { UserSeed } from './types.js';

/** Every demo user signs in with this password; the README documents it. Demo data only. */
export const DEMO_PASSWORD = 'Hotline@12345';

const user = (username: string, displayName: string, role: Role, unitCode: string): UserSeed => ({
  username,
  displayName,
  role,
  unitCode,
});

// Unit users cover each tier of the tree (city department, utility, district, street, community) so that
// a ticket can be followed from dispatch down to sub-dispatch and back.
export const users: UserSeed[] = [
  user('operator1', '陈静', 'operator', 'CENTRE'),
  user('operator2', '王芳', 'operator', 'CENTRE'),
  user('operator3', '刘洋', 'operator', 'CENTRE'),
  user('dispatcher1', '赵磊', 'dispatcher', 'CENTRE'),
  user('dispatcher2', '孙悦', 'dispatcher', 'CENTRE'),
  user('callback1', '周敏', 'callback_agent', 'CENTRE'),
  user('callback2', '吴婷', 'callback_agent', 'CENTRE'),
  user('leader1', '郑国强', 'leader', 'CENTRE'),
  user('admin1', '林志远', 'admin', 'CENTRE'),

  user('housing.handler', '何平', 'unit_handler', 'D-HOUSING'),
  user('housing.admin', '许建华', 'unit_admin', 'D-HOUSING'),
  user('hrss.handler', '马丽', 'unit_handler', 'D-HRSS'),
  user('water.handler', '高峰', 'unit_handler', 'U-WATER'),
  user('water.admin', '罗军', 'unit_admin', 'U-WATER'),

  user('haichuan.handler', '谢婷', 'unit_handler', 'G-379901'),
  user('haichuan.admin', '韩涛', 'unit_admin', 'G-379901'),
  user('haibin.handler', '唐亮', 'unit_handler', 'S-379901001'),
  user('haibin.admin', '冯雪', 'unit_admin', 'S-379901001'),
  user('wanghai.handler', '曹琳', 'unit_handler', 'C-379901001001'),
  user('wanghai.admin', '邓志刚', 'unit_admin', 'C-379901001001'),
];
