import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'operator1' })
  @IsString()
  @Length(1, 50)
  @Matches(/^[a-z0-9._-]+$/i, { message: 'username may only contain letters, digits, dot, dash and underscore' })
  username: string;

  @ApiProperty({ example: 'Hotline@12345' })
  @IsString()
  @Length(1, 200)
  password: string;
}

export class AuthUserView {
  @ApiProperty() id: number;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty() role: string;
  @ApiProperty({ nullable: true, type: Number }) unitId: number | null;
}

export class LoginResponse {
  @ApiProperty() accessToken: string;
  @ApiProperty({ example: 'Bearer' }) tokenType: 'Bearer';
  @ApiProperty({ description: 'Seconds until the token expires' }) expiresIn: number;
  @ApiProperty({ type: () => AuthUserView }) user: AuthUserView;
}
