import type { FieldErrors } from "@/lib/result";

/**
 * The list of fields to fix, at the top of a form, each linking to its field. Announced as
 * an alert; the form moves focus here after a failed submit.
 */
export function ErrorSummary({
  title,
  errors,
  labels,
  message,
}: {
  title: string;
  errors: FieldErrors;
  labels: Record<string, string>;
  message: (key: string) => string;
}) {
  return (
    <div
      role="alert"
      data-alert="error"
      className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900"
    >
      <p className="font-semibold">{title}</p>
      <ul className="mt-2 list-disc pl-5">
        {Object.entries(errors).map(([field, keys]) => (
          <li key={field}>
            <a href={`#${field}`} className="inline-block py-0.5 text-red-900 underline">
              {labels[field] ? `${labels[field]}: ` : ""}
              {message(keys[0] ?? "invalid")}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
