export interface BenchResult {
  name: string;
  rows: { measure: string; value: number | string }[];
  notes?: string[];
}
