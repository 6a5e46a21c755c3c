// A time bucket as the chart shapers take it: Date bounds and named counts.

export interface Counts {
	[key: string]: number;
}

export interface TimeBucket<C extends Counts = Counts> {
	start: Date;
	end: Date;
	n: number;
	counts: C;
}
