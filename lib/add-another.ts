// "Guardar y agregar otro": the second submit button of a form that adds several records in a
// row sends `then=another`; its action then opens the same form again instead of the record.

export const ADD_ANOTHER = "another";

export const wantsAnother = (formData: FormData) => formData.get("then") === ADD_ANOTHER;
