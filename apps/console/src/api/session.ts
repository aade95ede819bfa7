import type { Role } from '@server/domain/src/roles';
import { computed, ref } from 'vue';

export type { Role };

export interface User {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: number | null;
}

const TOKEN_KEY = 'hotline.token';
const USER_KEY = 'hotline.user';

// Per browser tab: two people sharing a machine (a shift change) do not share a sign-in.
const token = ref<string | null>(sessionStorage.getItem(TOKEN_KEY));
const user = ref<User | null>(JSON.parse(sessionStorage.getItem(USER_KEY) ?? 'null') as User | null);

export const session = {
  token,
  user,
  signedIn: computed(() => token.value !== null && user.value !== null),
  signIn(accessToken: string, who: User): void {
    token.value = accessToken;
    user.value = who;
    sessionStorage.setItem(TOKEN_KEY, accessToken);
    sessionStorage.setItem(USER_KEY, JSON.stringify(who));
  },
  signOut(): void {
    token.value = null;
    user.value = null;
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(USER_KEY);
  },
  is: (...roles: Role[]): boolean => user.value !== null && roles.includes(user.value.role),
};
