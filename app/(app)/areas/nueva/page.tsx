import { getTranslations } from "@/lib/i18n/translations";
import { titleFrom } from "@/app/_lib/page-title";
import { NewRecordPage } from "@/app/_lib/record-page";
import { DepartmentForm } from "@/components/departments/department-form";
import { departmentOptions } from "@/lib/departments/queries";
import { createDepartmentAction } from "../actions";

export const generateMetadata = titleFrom(() => getTranslations("departments.form"), "createTitle");

export default async function NewDepartmentPage() {
  const t = await getTranslations("departments.form");
  return (
    <NewRecordPage action="department.manage" forbidden={t} title={t("createTitle")}>
      {async (ctx) => (
        <DepartmentForm
          department={null}
          action={createDepartmentAction}
          parents={await departmentOptions(ctx)}
          cancelHref="/areas"
        />
      )}
    </NewRecordPage>
  );
}
