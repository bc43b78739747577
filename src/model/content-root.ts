/** The folder records are read from: CONTENT_DIR when set (the benchmark's archive), else ./content. */
export function contentRoot(): string {
  return (process.env['CONTENT_DIR'] ?? './content').replace(/\/+$/, '');
}
