import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Min } from 'class-validator';

/** Which assignment a command is about; when omitted, the one the command can only mean. */
export const AssignmentRef = () =>
  applyDecorators(
    ApiPropertyOptional({ description: "Defaults to the caller's own open assignment, or the one awaiting the decision" }),
    IsOptional(),
    IsInt(),
    Min(1),
  );
