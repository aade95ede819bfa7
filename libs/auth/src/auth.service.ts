import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { UserEntity } from '#libs/persistence';
import { SETTINGS, type Settings } from '#libs/settings';
import { toClaims, type AuthUser } from './auth-user.js';
import { hashPassword, verifyPassword } from './password.js';

export interface LoginResult {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  user: AuthUser;
}

@Injectable()
export class AuthService {
  // Checked when the user does not exist, so that a miss costs as long as a wrong password and
  // timing does not tell whether a username is taken.
  private readonly decoyHash = hashPassword('decoy password for unknown users');

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly jwt: JwtService,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  async login(username: string, password: string): Promise<LoginResult> {
    const user = await this.users.findOneBy({ username: username.toLowerCase() });
    const valid = await verifyPassword(password, user?.passwordHash ?? (await this.decoyHash));
    if (!user || !user.active || !valid) throw new UnauthorizedException('Wrong username or password');
    const authUser: AuthUser = {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      unitId: user.unitId,
    };
    const accessToken = await this.jwt.signAsync(toClaims(authUser));
    return { accessToken, tokenType: 'Bearer', expiresIn: this.settings.jwt.ttlSeconds, user: authUser };
  }
}
