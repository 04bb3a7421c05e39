// Types of scripts/electronNativeSteps.mjs, for the tests.
export interface NativeBuildStep {
  kind: 'prebuilt' | 'compile';
  say: string;
  args: string[];
}
export function nativeBuildSteps(options: { electronVersion: string; platform: string; arch: string; prebuildInstall: string; nodeGyp: string }): NativeBuildStep[];
