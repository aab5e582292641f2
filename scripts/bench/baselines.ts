/**
 * The same per-row constraints of the units sheet (code required + unique,
 * name required + unique, type from the allowed list, members a required whole
 * number ≥ 0) checked by general-purpose validators, to compare our engine with.
 */
import { Table, TableSchemaError } from "tableschema";
import Ajv from "ajv";
import { UNIT_TYPE_LABEL_VI } from "./committee-rows";

/** One units row as the sheet holds it: code, name, type, members. */
export type UnitRow = readonly unknown[];

const FIELD_NAMES = ["code", "name", "type", "members"];

/** Ids, English and Vietnamese labels: everything the spec accepts as a unit type. */
const UNIT_TYPE_VALUES = [
  "commune",
  "agency",
  "cell",
  "Commune or town committee",
  "Agency committee",
  "Directly subordinate cell",
  ...Object.values(UNIT_TYPE_LABEL_VI),
];

const TABLE_SCHEMA = {
  fields: [
    { name: "code", type: "string", constraints: { required: true, unique: true } },
    { name: "name", type: "string", constraints: { required: true, unique: true } },
    { name: "type", type: "string", constraints: { required: true, enum: UNIT_TYPE_VALUES } },
    { name: "members", type: "integer", constraints: { required: true, minimum: 0 } },
  ],
};

export interface BaselineRun {
  /** Rows that came back clean. */
  readonly validRows: number;
  /** Rows that broke a constraint. */
  readonly faultyRows: number;
}

export interface TableSchemaCheck {
  /** Builds the Table (schema compiled, descriptor checked) outside the timing; the returned function is the timed `read`. */
  readonly read: () => Promise<BaselineRun>;
}

export async function prepareTableSchema(rows: readonly UnitRow[]): Promise<TableSchemaCheck> {
  const table = await Table.load(rows as unknown[][], {
    schema: TABLE_SCHEMA,
    headers: FIELD_NAMES,
  });
  return {
    read: async () => {
      // forceCast: report every faulty row instead of stopping at the first, as our engine does.
      const result = (await table.read({ cast: true, forceCast: true })) as unknown[];
      const faultyRows = result.filter((row) => row instanceof TableSchemaError).length;
      return { validRows: result.length - faultyRows, faultyRows };
    },
  };
}

const UNIT_ROW_SCHEMA = {
  type: "object",
  required: FIELD_NAMES,
  properties: {
    code: { type: "string", minLength: 1 },
    name: { type: "string", minLength: 1 },
    type: { enum: UNIT_TYPE_VALUES },
    members: { type: "integer", minimum: 0 },
  },
};

export interface AjvCheck {
  readonly validate: () => BaselineRun;
}

/** ajv checks one row object at a time; uniqueness is a Set per field. Row objects are built outside the timing. */
export function prepareAjv(rows: readonly UnitRow[]): AjvCheck {
  const validateRow = new Ajv({ allErrors: true }).compile(UNIT_ROW_SCHEMA);
  const objects = rows.map((row) =>
    Object.fromEntries(FIELD_NAMES.map((name, i) => [name, row[i] ?? undefined]))
  );
  return {
    validate: () => {
      const codes = new Set<unknown>();
      const names = new Set<unknown>();
      let faultyRows = 0;
      for (const row of objects) {
        let fine = validateRow(row);
        if (codes.has(row.code) || names.has(row.name)) fine = false;
        codes.add(row.code);
        names.add(row.name);
        if (!fine) faultyRows++;
      }
      return { validRows: objects.length - faultyRows, faultyRows };
    },
  };
}

/** Proves the baselines do check: a few broken rows must come back as faults. */
export async function baselinesCatchFaults(): Promise<{ tableschema: number; ajv: number }> {
  const broken: UnitRow[] = [
    ["DV1", "Chi bộ 1", "cell", 10],
    ["DV1", "Chi bộ 2", "cell", 10], // duplicate code
    ["DV3", "Chi bộ 3", "phường", 10], // unknown type
    ["DV4", "Chi bộ 4", "cell", -1], // negative
    ["DV5", "Chi bộ 5", "cell", 2.5], // not whole
    ["DV6", null, "cell", 3], // missing name
  ];
  const tableschema = await (await prepareTableSchema(broken)).read();
  const ajv = prepareAjv(broken).validate();
  return { tableschema: tableschema.faultyRows, ajv: ajv.faultyRows };
}
