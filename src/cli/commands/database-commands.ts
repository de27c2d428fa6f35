/** The commands that move a whole database: back it up, restore it, copy conferences between databases. */
import type { Command } from 'commander';
import { backupCommand } from './backup.ts';
import { copyCommand } from './copy.ts';
import { restoreBackupCommand } from './restore-backup.ts';

export function databaseCommands(): Command[] {
  return [backupCommand(), restoreBackupCommand(), copyCommand()];
}
