import type { AuthUser } from '#libs/auth';
import type { Actor } from '#libs/domain';

export const actorOf = (user: AuthUser): Actor => ({ role: user.role, userId: user.id, ...(user.unitId !== null && { unitId: user.unitId }) });
