import { OptionalId } from '#libs/platform';

/** Which assignment a command is about; left out (or null), the one the command can only mean. */
export const AssignmentRef = () => OptionalId("Defaults to the caller's own open assignment, or the one awaiting the decision", { nullable: true });
