// Ordered list of schema migrations: entry i takes user_version i to i + 1. Never edit one that has shipped.
import type Database from 'better-sqlite3';
import { m001Initial } from './001_initial';

export interface Migration {
  name: string;
  up(db: Database.Database): void;
}

export const migrations: readonly Migration[] = [m001Initial];
