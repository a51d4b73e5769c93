/** File names of reports, as downloaded and inside a batch's ZIP. */
export function reportFileName({ uscc, reportId }: { uscc: string; reportId: string }): string {
  return `credit-report-${uscc}-${reportId}.pdf`;
}
