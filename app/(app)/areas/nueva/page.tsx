import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/translations";
import { DepartmentForm } from "@/components/departments/department-form";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { departmentOptions } from "@/lib/departments/queries";
import { createDepartmentAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("departments.form"))("createTitle") };
}

export default async function NewDepartmentPage() {
  const ctx = await requireCtx();
  const t = await getTranslations("departments.form");
  if (!can(ctx.actor, "department.manage"))
    return <Forbidden title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
  const parents = await departmentOptions(ctx);
  return (
    <>
      <PageHeader title={t("createTitle")} />
      <DepartmentForm
        department={null}
        action={createDepartmentAction}
        parents={parents}
        cancelHref="/areas"
      />
    </>
  );
}
