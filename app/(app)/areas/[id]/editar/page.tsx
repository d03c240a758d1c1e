import { getTranslations } from "@/lib/i18n/translations";
import { RecordFormPage, recordPage, type RecordPageProps } from "@/app/_lib/record-page";
import { DepartmentForm } from "@/components/departments/department-form";
import { PageHeader } from "@/components/ui/page-header";
import { departmentOptions, getDepartment } from "@/lib/departments/queries";
import { updateDepartmentAction } from "../../actions";

const page = recordPage(getDepartment, async (department) =>
  (await getTranslations("departments.form"))("editTitle", { name: department.name }),
);
export const generateMetadata = page.generateMetadata;

export default async function EditDepartmentPage({ params }: RecordPageProps) {
  const t = await getTranslations("departments.form");
  return (
    <RecordFormPage params={params} action="department.manage" load={page.load} forbidden={t}>
      {async (department, ctx) => (
        <>
          <PageHeader title={t("editTitle", { name: department.name })} />
          <DepartmentForm
            department={department}
            action={updateDepartmentAction.bind(null, department.id)}
            parents={await departmentOptions(ctx, department.id)}
            cancelHref={`/areas/${department.id}`}
          />
        </>
      )}
    </RecordFormPage>
  );
}
