// A row x column matrix of counts (emoji x topic). Cells are circles whose area follows the count,
// coloured by the cell's mean sentiment; the share of the row shows in the tooltip.
import { scaleSqrt } from 'd3-scale';
import { divergingClass } from './palette';

export interface MatrixCellInput {
	row: string;
	col: string;
	n: number;
	mean?: number | null;
}

export interface MatrixCell extends MatrixCellInput {
	cx: number;
	cy: number;
	r: number;
	cls: string;
	rowShare: number;
}

export interface MatrixLayout {
	rows: { key: string; y: number; total: number }[];
	cols: { key: string; x: number; total: number }[];
	cells: MatrixCell[];
	width: number;
	height: number;
}

export function matrix(
	cells: MatrixCellInput[],
	opts: { rowOrder?: string[]; colOrder?: string[]; cell: number; left: number; top: number }
): MatrixLayout {
	const rowTotals = new Map<string, number>();
	const colTotals = new Map<string, number>();
	for (const c of cells) {
		rowTotals.set(c.row, (rowTotals.get(c.row) ?? 0) + c.n);
		colTotals.set(c.col, (colTotals.get(c.col) ?? 0) + c.n);
	}
	const byTotal = (m: Map<string, number>) => [...m.keys()].sort((a, b) => m.get(b)! - m.get(a)! || (a < b ? -1 : 1));
	const rowKeys = opts.rowOrder ?? byTotal(rowTotals);
	const colKeys = opts.colOrder ?? byTotal(colTotals);
	const ri = new Map(rowKeys.map((k, i) => [k, i]));
	const ci = new Map(colKeys.map((k, i) => [k, i]));
	const max = Math.max(1, ...cells.map((c) => c.n));
	const r = scaleSqrt().domain([0, max]).range([0, opts.cell / 2 - 1]);
	const pos = (i: number, offset: number) => offset + i * opts.cell + opts.cell / 2;
	return {
		rows: rowKeys.map((k, i) => ({ key: k, y: pos(i, opts.top), total: rowTotals.get(k) ?? 0 })),
		cols: colKeys.map((k, i) => ({ key: k, x: pos(i, opts.left), total: colTotals.get(k) ?? 0 })),
		cells: cells
			.filter((c) => ri.has(c.row) && ci.has(c.col) && c.n > 0)
			.map((c) => ({
				...c,
				cx: pos(ci.get(c.col)!, opts.left),
				cy: pos(ri.get(c.row)!, opts.top),
				r: Math.round(Math.max(1.5, r(c.n)) * 100) / 100,
				cls: divergingClass(c.mean ?? null),
				rowShare: c.n / (rowTotals.get(c.row) || 1)
			})),
		width: opts.left + colKeys.length * opts.cell,
		height: opts.top + rowKeys.length * opts.cell
	};
}
