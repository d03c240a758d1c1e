import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { DepartmentForm } from "@/components/departments/department-form";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { departmentOptions, getDepartment } from "@/lib/departments/queries";
import { updateDepartmentAction } from "../../actions";

type Props = { params: Promise<{ id: string }> };

/** Read once per request: the page title and the page both need it. */
const loadDepartment = cache(async (id: string) => getDepartment(await requireCtx(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const department = await loadDepartment((await params).id);
  const t = await getTranslations("departments.form");
  return { title: department ? t("editTitle", { name: department.name }) : undefined };
}

export default async function EditDepartmentPage({ params }: Props) {
  const { id } = await params;
  const ctx = await requireCtx();
  const t = await getTranslations("departments.form");
  if (!can(ctx.actor, "department.manage"))
    return <Forbidden title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
  const [department, parents] = await Promise.all([loadDepartment(id), departmentOptions(ctx, id)]);
  if (!department) notFound();
  return (
    <>
      <PageHeader title={t("editTitle", { name: department.name })} />
      <DepartmentForm
        department={department}
        action={updateDepartmentAction.bind(null, department.id)}
        parents={parents}
        cancelHref={`/areas/${department.id}`}
      />
    </>
  );
}
