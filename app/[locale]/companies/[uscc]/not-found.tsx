import { CompanyNotFound } from "@/components/company/company-not-found";

/** A well-formed code (or registration number) the register does not hold. HTTP 404. */
export default function CompanyNotFoundPage() {
  return <CompanyNotFound />;
}
