/** The public addresses of bulk-data files (app/api/v1/bulk/[snapshot]/[file]). */
export function bulkFilePath(snapshot: string, file: string): string {
  return `/api/v1/bulk/${snapshot}/${file}`;
}
