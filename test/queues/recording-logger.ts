import type { LoggerService } from '@nestjs/common';

export interface LogEntry {
  level: string;
  context: string | undefined;
  message: string;
}

/** A logger that keeps what it is told, so a test can check what an app logged and how often. */
export class RecordingLogger implements LoggerService {
  readonly entries: LogEntry[] = [];

  log = this.record('log');
  warn = this.record('warn');
  error = this.record('error');
  debug = this.record('debug');
  verbose = this.record('verbose');
  fatal = this.record('fatal');

  of(context: string): LogEntry[] {
    return this.entries.filter((entry) => entry.context === context);
  }

  private record(level: string) {
    return (message: unknown, ...rest: unknown[]) => {
      const context = rest.at(-1);
      this.entries.push({ level, context: typeof context === 'string' ? context : undefined, message: String(message) });
    };
  }
}
