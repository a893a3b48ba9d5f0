/** What one kubectl invocation printed, and its exit code, as a terminal would show them. */
export interface KubectlResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}
