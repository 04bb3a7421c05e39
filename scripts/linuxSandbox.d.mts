// Types of scripts/linuxSandbox.mjs, for the tests.
export interface MachineFacts {
  platform: NodeJS.Platform;
  executable: string;
  restrictUserns: string | null;
  sandboxHelper: { path: string; uid: number; mode: number } | null;
  profiles: string[];
}
export function machineFacts(executable: string): MachineFacts;
export function sandboxProblem(facts: MachineFacts): string | null;
