import { describe, expect, it } from "vitest";
import { columnsOf } from "@/components/data-table/columns";
import { columnId, tableModel } from "@/components/data-table/table-model";

type Person = { id: string; name: string; department: { name: string }; overdue: number };

const col = columnsOf<Person>();
const people: Person[] = [
  { id: "p1", name: "Julián Pereyra", department: { name: "Ambiente" }, overdue: 2 },
  { id: "p2", name: "Ramón Díaz", department: { name: "Turismo" }, overdue: 0 },
];
const columns = [
  col.accessor("name", { meta: { label: "Persona", rowHeader: true } }),
  col.accessor((p) => p.department.name, { id: "department", meta: { label: "Área" } }),
  col.accessor("overdue", {
    meta: { label: "Vencidos", align: "end" },
    cell: (info) => `${info.getValue()} de ${info.row.original.name}`,
  }),
  col.display({ id: "actions", header: () => "Acciones", cell: ({ row }) => `editar ${row.original.id}` }),
];

describe("the data table's model (TanStack column definitions, resolved on the server)", () => {
  it("names each column by its id or its accessor key", () => {
    expect(columns.map(columnId)).toEqual(["name", "department", "overdue", "actions"]);
  });

  it("gives every column, and only the visible ones a cell per row", () => {
    const model = tableModel(columns, people, (p) => p.id, { department: false });
    expect(model.all.map((c) => c.id)).toEqual(["name", "department", "overdue", "actions"]);
    expect(model.visible.map((c) => c.id)).toEqual(["name", "overdue", "actions"]);
    expect(model.rows.map((r) => r.id)).toEqual(["p1", "p2"]);
    expect(model.rows.at(0)?.cells.map((c) => c.id)).toEqual(["p1_name", "p1_overdue", "p1_actions"]);
  });

  it("renders a cell from its accessor, or through its cell function with getValue and the row", () => {
    const model = tableModel(columns, people, (p) => p.id, {});
    expect(model.rows.at(1)?.cells.map((c) => c.render())).toEqual([
      "Ramón Díaz",
      "Turismo",
      "0 de Ramón Díaz",
      "editar p2",
    ]);
  });

  it("takes a header from its function when the column has no label", () => {
    const model = tableModel(columns, people, (p) => p.id, {});
    expect(model.all.map((c) => c.header())).toEqual(["Persona", "Área", "Vencidos", "Acciones"]);
  });
});
