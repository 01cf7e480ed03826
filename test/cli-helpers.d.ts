export interface CliRun {
    readonly code: number;
    readonly out: string;
    readonly err: string;
}
/**
 * Runs the CLI in-process with captured output (no terminal, so no progress redraws), colour
 * codes removed so assertions read the text a person sees.
 */
export declare function cli(...argv: string[]): Promise<CliRun>;
export declare function tempDir(prefix?: string): string;
